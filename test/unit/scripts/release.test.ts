// One version, set in package.json, in both browsers' manifests and in the changelog; the Node version of
// .nvmrc within `engines`; the licence the README names; Firefox for Android declared.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import source from '../../../manifest.json' with { type: 'json' };
import pkg from '../../../package.json' with { type: 'json' };
import { GECKO_MIN_VERSION, manifestFor } from '../../../scripts/manifest-for';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** "20.19" → [20, 19, 0]; ">=20.19" → the same. */
function versionParts(text: string): number[] {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^[^\d]*/, '')
    .split('.')
    .map(Number);
  return [major, minor, patch];
}

function atLeast(version: number[], floor: number[]): boolean {
  for (let i = 0; i < floor.length; i++) if (version[i] !== floor[i]) return (version[i] ?? 0) > floor[i]!;
  return true;
}

describe('versionParts and atLeast', () => {
  it.each([
    ['20.19', [20, 19, 0]],
    ['>=20.19', [20, 19, 0]],
    ['v22.1.3', [22, 1, 3]],
  ])('%s → %j', (text, parts) => expect(versionParts(text)).toEqual(parts));

  it.each([
    [[20, 19, 0], [20, 19, 0], true],
    [[20, 20, 0], [20, 19, 0], true],
    [[22, 0, 0], [20, 19, 0], true],
    [[20, 18, 9], [20, 19, 0], false],
    [[18, 30, 0], [20, 19, 0], false],
  ])('%j ≥ %j is %s', (version, floor, expected) => expect(atLeast(version, floor)).toBe(expected));
});

describe('the version', () => {
  it('is set in package.json only, not in manifest.json', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect('version' in source).toBe(false);
  });

  it.each(['chrome', 'firefox'] as const)('reaches the %s manifest', (target) => {
    expect((manifestFor(target, { production: true }) as { version: string }).version).toBe(pkg.version);
  });

  it('has a dated section in CHANGELOG.md', () => {
    expect(read('CHANGELOG.md')).toMatch(new RegExp(`^## \\[${pkg.version}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });
});

describe('release files', () => {
  it('.nvmrc names a Node version that `engines` accepts', () => {
    const nvmrc = versionParts(read('.nvmrc').trim());
    expect(atLeast(nvmrc, versionParts(pkg.engines.node))).toBe(true);
  });

  it('LICENSE is the MIT licence that package.json and the README name', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
    expect(pkg.license).toBe('MIT');
    expect(read('README.md')).toMatch(/## Licence\n\nMIT\./);
  });
});

describe('the Firefox manifest', () => {
  const gecko = (
    manifestFor('firefox', { production: true }) as {
      browser_specific_settings: Record<string, { strict_min_version: string }>;
    }
  ).browser_specific_settings;

  it('declares Firefox for Android, from the same version as desktop', () => {
    expect(gecko.gecko_android?.strict_min_version).toBe(GECKO_MIN_VERSION);
    expect(gecko.gecko?.strict_min_version).toBe(GECKO_MIN_VERSION);
  });

  it('is absent from the Chrome manifest', () => {
    expect('browser_specific_settings' in manifestFor('chrome', { production: true })).toBe(false);
  });
});
