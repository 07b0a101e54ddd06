import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readabilityWithoutInnerHtml } from '../../../scripts/readability-without-innerhtml';

const require = createRequire(import.meta.url);
const readabilityPath = require.resolve('@mozilla/readability/Readability.js');

type Transform = (this: { error(message: string): never }, code: string, id: string) => unknown;
const transform = readabilityWithoutInnerHtml().transform as Transform;
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};

describe('readabilityWithoutInnerHtml', () => {
  it('leaves no innerHTML assignment in the shipped Readability', () => {
    const source = readFileSync(readabilityPath, 'utf8');
    expect(source).toMatch(/\.innerHTML\s*=[^=]/);
    const out = transform.call(context, source, readabilityPath) as { code: string };
    expect(out.code).not.toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('fails the build when Readability moved the lines it rewrites', () => {
    expect(() => transform.call(context, 'var x = 1;', readabilityPath)).toThrow(/expected/);
  });

  it('ignores every other module', () => {
    expect(transform.call(context, 'el.innerHTML = s;', '/x/src/page/card.ts')).toBeNull();
  });
});
