// What the built content scripts can do to a page, read from the build itself (each browser's): they
// dispatch no event (a page hears every event dispatched on its window or nodes, whatever world sent it:
// Vite's preload helper used to dispatch `vite:preloadError` there) and add no <link> to the page (the same
// helper preloads CSS that way). The build is read as shipped, so a helper brought back by a Vite
// upgrade fails here. scripts/inert-preload.ts keeps the helper out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentScriptChunks } from '../../scripts/bench-core';
import { BROWSERS, extensionDir } from '../e2e/harness';

const PAGE_VISIBLE = [/dispatchEvent/, /preloadError/, /createElement\(\s*["'`]link["'`]\s*\)/];

describe.each(BROWSERS)('the built content scripts, for %s', (name) => {
  const dir = extensionDir(name);
  const chunks = contentScriptChunks(dir);
  if (!chunks) console.warn(`[hostile] no build at ${dir}: run \`npm run build\``);

  test.skipIf(!chunks)('dispatch no event on the page and add no element to it', () => {
    // The content scripts and every piece they load (the session, the analyzer).
    expect(chunks!.length).toBeGreaterThanOrEqual(3);
    const found = chunks!.flatMap(({ file }) => {
      const code = readFileSync(join(dir, file), 'utf8');
      return PAGE_VISIBLE.filter((pattern) => pattern.test(code)).map((pattern) => `${file}: ${pattern}`);
    });
    expect(found).toEqual([]);
  });
});
