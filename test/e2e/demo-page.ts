// The demo page as the screen and keyboard specs open it: 1024×700, every statement the core finds in
// demo/article.txt highlighted.
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import { waitFor, type PageHandle } from './harness';
import type { ExtensionSession } from './harness/use-extension';

/** The demo article's statements, as the core finds them. */
export const DEMO = analyze(readFileSync('demo/article.txt', 'utf8')).statements;

export async function openDemoPage(ext: ExtensionSession): Promise<PageHandle> {
  const page = await ext.browser.open(ext.server.url('/demo/index.html'));
  await page.resize(1024, 700);
  await waitFor(
    () => page.probe('highlights'),
    (s) => s.total >= DEMO.length,
    { what: 'every demo statement highlighted' },
  );
  return page;
}
