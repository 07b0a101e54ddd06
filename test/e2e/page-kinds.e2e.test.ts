// Every kind of news page, in both browsers, on fixtures of our own (test/fixtures/page-kinds): an article
// built by the page's script after the first paint (with and without article metadata in the shell), its
// print and AMP variants, a live blog whose entries arrive while it is read, an article in a same-origin
// frame and one in an AMP-viewer-like frame of another origin (the panel of the tab lists the framed
// article's statements). Each: the article's quotes are highlighted, nothing beside them.
import { afterEach, describe, expect, test } from 'vitest';
import { BROWSERS, waitFor, useExtension } from './harness';
import type { PageHandle } from './harness';
import { PARTS, PARTS_IN_FRAME } from './passage-parts';

type Parts = { parts: string[]; missed: string[] };

/** Fixture, and what it stands for: the article is in the top frame. */
const KINDS: readonly (readonly [string, string])[] = [
  ['late.html', 'client-rendered, no metadata in the shell'],
  ['late-meta.html', 'client-rendered, og:type article in the shell'],
  ['print.html', 'print variant'],
  ['amp.html', 'AMP variant'],
  ['liveblog.html', 'live blog'],
];

/** Fixture, its kind, and words of a statement of the framed article (our own words). */
const FRAMED: readonly (readonly [string, string, string])[] = [
  ['frame-host.html', 'same-origin frame', 'walk home across the river'],
  ['amp-viewer.html', 'AMP viewer, another origin', 'Fuel and crew costs'],
];

/** A live blog's next entry (our own words). */
const NEW_ENTRY =
  '“The harbour will stay closed to small boats until tomorrow morning,” said Ines Moller, the harbour master.';

describe.each(BROWSERS)('news page kinds in %s', (name) => {
  const ext = useExtension(name);
  const opened: PageHandle[] = [];
  const open = async (path: string) => {
    const page = await ext.browser.open(ext.server.url(path));
    opened.push(page);
    return page;
  };
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });
  const everyQuote = (page: PageHandle, what: string, probe = PARTS) =>
    waitFor(
      () => page.evaluate<Parts>(probe),
      (s) => s.parts.length > 0 && s.missed.length === 0,
      { what: `every quote highlighted on ${what}`, timeout: 15_000 },
    );

  test.skipIf(ext.skip).each(KINDS)('%s (%s): the article’s quotes and nothing else', async (file) => {
    const page = await open(`/fixtures/page-kinds/${file}`);
    const { parts } = await everyQuote(page, file);
    expect(parts.filter((part) => part !== 'article')).toEqual([]);
  });

  test.skipIf(ext.skip)('liveblog.html: an entry that arrives later is read too', async () => {
    const page = await open('/fixtures/page-kinds/liveblog.html');
    await everyQuote(page, 'the live blog');
    await page.evaluate(`window.__addEntry('10:05', ${JSON.stringify(NEW_ENTRY)})`);
    const { parts, missed } = await everyQuote(page, 'the live blog after a new entry');
    expect(missed).toEqual([]);
    expect(parts.filter((part) => part !== 'article')).toEqual([]);
  });

  test.skipIf(ext.skip)('liveblog.html: the panel shows each entry’s time by its statements', async () => {
    const page = await open('/fixtures/page-kinds/liveblog.html');
    await everyQuote(page, 'the live blog');
    const popup = await ext.browser.openPopup(await ext.browser.tabIdOf(page));
    opened.push(popup);
    const times = await waitFor(
      () =>
        popup.evaluate<(string | null)[]>(
          `[...document.querySelectorAll('[data-statement-id]')].map((e) => e.querySelector('time')?.getAttribute('datetime') ?? null)`,
        ),
      (list) => list.length >= 2,
      { what: 'the panel to list the live blog', timeout: 15_000 },
    );
    // Every statement of the fixture is in a timed entry: each shows one of the entries' times.
    expect(times.every((time) => time !== null && /^2026-01-14T\d\d:\d\d:00Z$/.test(time))).toBe(true);
    expect(new Set(times).size).toBeGreaterThanOrEqual(2);
  });

  test.skipIf(ext.skip).each(FRAMED)(
    '%s (%s): the panel lists the framed article',
    async (file, _, words) => {
      const page = await open(`/fixtures/page-kinds/${file}`);
      if (file === 'frame-host.html') {
        const { parts } = await everyQuote(page, 'the framed article', PARTS_IN_FRAME);
        expect(parts.filter((part) => part !== 'article')).toEqual([]);
      }
      const popup = await ext.browser.openPopup(await ext.browser.tabIdOf(page));
      opened.push(popup);
      const entries = await waitFor(
        () => popup.probe('popup').then((s) => s.entries),
        (list) => list.some((entry) => entry.text.includes(words)),
        { what: `the panel to list the statements of ${file}'s frame`, timeout: 15_000 },
      );
      expect(entries.length).toBeGreaterThanOrEqual(2);
    },
  );
});
