// The highlights' paint comes in early (content/early-styles.ts), in both browsers: on an article whose
// settings let the pass run, the page holds Sourcelight's adopted sheet before any highlight is registered
// (the document_start script adopts it once its settings read answers, while a big page is still being
// parsed), where it used to come with the first highlights. A page that is not an article, and an
// article whose site is switched off or whose auto-run is off, never holds it, at any moment (issue 14,
// item 6). The page watches for itself from its first script on: adopted sheets and registered highlights.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, gate, waitFor, type PageHandle } from '../e2e/harness';
import { launch } from '../e2e/harness/browsers';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { newsPage, RECORDER_PATH, type HostilePage } from './hostile-pages';
import { startHostileServer, type HostileServer } from './hostile-server';

/** The page's own watch, every few ms from its <head> on. */
const WATCH = `<script>
  window.__paint = { sheetSeen: false, sheetBeforeHighlights: false };
  (function look() {
    const sheets = document.adoptedStyleSheets.length;
    const highlights = globalThis.CSS && CSS.highlights ? CSS.highlights.size : 0;
    if (sheets > 0) {
      __paint.sheetSeen = true;
      if (highlights === 0) __paint.sheetBeforeHighlights = true;
    }
    setTimeout(look, 1);
  })();
</script>`;

const FRONT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Quay Courier</title>
<script src="${RECORDER_PATH}"></script>${WATCH}</head><body><nav><a href="/">Home</a></nav>
<ul><li><a href="/a">Flood barrier approved</a></li><li><a href="/b">Budget vote in March</a></li></ul></body></html>`;

const PAGES: HostilePage[] = [
  { name: 'article', path: '/early-article.html', body: newsPage({ head: WATCH }), highlighted: true },
  { name: 'front page', path: '/early-front.html', body: FRONT, highlighted: false },
];

interface Seen {
  readonly sheetSeen: boolean;
  readonly sheetBeforeHighlights: boolean;
}

describe.each(BROWSERS)('the paint before the first highlights, in %s', (name) => {
  const { skip } = gate(name);
  let browser: ExtensionBrowser;
  let server: HostileServer;

  beforeAll(async () => {
    if (skip) return;
    server = await startHostileServer(PAGES);
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const seen = (page: PageHandle) => page.evaluate<Seen>('window.__paint');
  /** Opens `path` and waits for the content script to settle on `state` (read from the panel). */
  const openIn = async (path: string, state: string): Promise<PageHandle> => {
    const page = await browser.open(server.url(path));
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await waitFor(
      () =>
        popup.evaluate<string | null>(
          `document.querySelector('[data-state]')?.getAttribute('data-state') ?? null`,
        ),
      (now) => now === state,
      { what: `${path} to be ${state}` },
    );
    await popup.close();
    return page;
  };

  test.skipIf(skip)('an article that runs holds the sheet before its first highlight', async () => {
    await browser.store('sync', { autoRun: true, disabledSites: [] });
    const page = await browser.open(server.url('/early-article.html'));
    try {
      await waitFor(
        () => page.probe('highlights'),
        (s) => s.total > 0,
        { what: 'highlights on the article' },
      );
      expect(await seen(page)).toEqual({ sheetSeen: true, sheetBeforeHighlights: true });
    } finally {
      // Closed whatever happens: the panel finds a tab by its address, and the next tests open it again.
      await page.close();
    }
  });

  test.skipIf(skip)('a page that is not an article never holds it', async () => {
    await browser.store('sync', { autoRun: true, disabledSites: [] });
    const page = await openIn('/early-front.html', 'not-article');
    try {
      expect(await seen(page)).toEqual({ sheetSeen: false, sheetBeforeHighlights: false });
    } finally {
      await page.close();
    }
  });

  test.skipIf(skip).each([
    ['switched off for the site', { autoRun: true, disabledSites: ['127.0.0.1'] }, 'disabled'],
    ['with auto-run off', { autoRun: false, disabledSites: [] }, 'not-article'],
  ])('an article %s never holds it', async (_, settings, state) => {
    await browser.store('sync', settings);
    try {
      const page = await openIn('/early-article.html', state);
      expect(await seen(page)).toEqual({ sheetSeen: false, sheetBeforeHighlights: false });
      expect((await page.probe('highlights')).total).toBe(0);
      await page.close();
    } finally {
      await browser.store('sync', { autoRun: true, disabledSites: [] });
    }
  });
});
