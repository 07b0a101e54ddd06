// Vite's preload helper around every import() dispatches `vite:preloadError` on the page's window when an
// import fails; built with inertPreload() the helper only calls the import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Plugin, type Rolldown } from 'vite';
import { inertPreload } from '../../../scripts/inert-preload';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-inert-preload-'));
writeFileSync(join(dir, 'entry.js'), `export const load = () => import('./lazy.js');`);
writeFileSync(join(dir, 'lazy.js'), `export const lazy = 1;`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The entry chunk of an app build, as the content-script pieces are built (scripts/content-script-pieces.ts). */
async function entryCode(plugins: Plugin[]): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins,
    build: {
      write: false,
      modulePreload: false,
      minify: false,
      rolldownOptions: { input: join(dir, 'entry.js'), preserveEntrySignatures: 'strict' },
    },
  })) as Rolldown.RolldownOutput;
  const entry = result.output.find((out) => out.type === 'chunk' && out.isEntry);
  return entry?.type === 'chunk' ? entry.code : '';
}

describe('inertPreload', () => {
  it("Vite's own helper dispatches on the window (what the plugin is for)", async () => {
    expect(await entryCode([])).toContain('vite:preloadError');
  });

  it('leaves the import and nothing that touches the page', async () => {
    const code = await entryCode([inertPreload()]);
    expect(code).toMatch(/import\(["']\.\/lazy-[\w-]+\.js["']\)/);
    expect(code).not.toMatch(/dispatchEvent|preloadError|document\.|window\./);
  });
});
