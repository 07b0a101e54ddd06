// The content-script build's `inline` option: a module imported with import() and listed there stays in
// the classic script that imports it (no piece, nothing to fetch) and is evaluated only once imported;
// any other import() still becomes a piece loaded through runtime.getURL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { contentScriptPieces } from '../../../scripts/content-script-pieces';
import { inertPreload } from '../../../scripts/inert-preload';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-inline-'));
writeFileSync(join(dir, 'main.js'), `export const main = 1;`);
writeFileSync(
  join(dir, 'entry.js'),
  `globalThis.loadInlined = () => import('./inlined.js');
globalThis.loadLazy = () => import('./lazy.js');`,
);
writeFileSync(join(dir, 'inlined.js'), `globalThis.evaluated = 'inlined'; export const inlined = 2;`);
writeFileSync(join(dir, 'lazy.js'), `export const lazy = 3;`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built files other than the main build's own chunk, by name without hash. */
async function contentFiles(inline: string[]): Promise<Map<string, string>> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: contentScriptPieces({
      entries: [[join(dir, 'entry.js')]],
      browser: 'chrome',
      plugins: () => [inertPreload()],
      inline,
    }),
    build: { write: false, rolldownOptions: { input: join(dir, 'main.js') } },
  })) as Rolldown.RolldownOutput;
  const files = result.output.flatMap((out) =>
    out.type === 'asset' && out.fileName.endsWith('.js') ? [out] : [],
  );
  return new Map(files.map((f) => [f.fileName.replace(/^assets\/|-[\w-]{8}\.js$/g, ''), String(f.source)]));
}

describe('content-script pieces: inline', () => {
  it('without it, every import() is a piece', async () => {
    expect([...(await contentFiles([])).keys()].sort()).toEqual(['entry', 'inlined', 'lazy']);
  });

  it('keeps the listed module in the script, evaluated only when imported', async () => {
    const files = await contentFiles([join(dir, 'inlined.js')]);
    expect([...files.keys()].sort()).toEqual(['entry', 'lazy']);
    const entry = files.get('entry')!;
    expect(entry).toMatch(/chrome\.runtime\.getURL\("assets\/lazy-[\w-]{8}\.js"\)/);
    const sandbox: Record<string, unknown> = { chrome: { runtime: { getURL: (file: string) => file } } };
    sandbox.globalThis = sandbox;
    runInNewContext(entry, sandbox);
    expect(sandbox.evaluated).toBeUndefined();
    const module = await (sandbox.loadInlined as () => Promise<{ inlined: number }>)();
    expect(module.inlined).toBe(2);
    expect(sandbox.evaluated).toBe('inlined');
  });
});
