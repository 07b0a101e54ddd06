// An article in a language Sourcelight does not read, in both browsers: nothing is highlighted, and the
// panel says which language it is. One page declares its language (lang="de"); the other declares the
// wrong one (a template's lang="en" over French text), which the text check sees through.
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, useExtension, waitFor, type PageHandle } from './harness';

const PAGES: [string, string][] = [
  ['german.html', 'This page is in German; Sourcelight reads English articles.'],
  ['french-declared-english.html', 'This page is in French; Sourcelight reads English articles.'],
];

describe.each(BROWSERS)('a page in another language in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  const opened = new Map<string, { page: PageHandle; popup: PageHandle }>();

  beforeAll(async () => {
    if (skip) return;
    for (const [file] of PAGES) {
      const page = await ext.browser.open(ext.server.url(`/fixtures/language/${file}`));
      const popup = await ext.browser.openPopup(await ext.browser.tabIdOf(page));
      opened.set(file, { page, popup });
    }
  });

  test.skipIf(skip).each(PAGES)('%s: the panel names the language', async (file, sentence) => {
    const { popup } = opened.get(file)!;
    const status = await waitFor(
      () =>
        popup.evaluate<string | null>(
          `document.querySelector('[data-state="other-language"]')?.textContent ?? null`,
        ),
      (text) => text !== null,
      { what: 'the other-language state in the panel' },
    );
    expect(status).toBe(sentence);
    expect(await popup.evaluate<boolean>(`document.getElementById('statements-section').hidden`)).toBe(true);
  });

  test.skipIf(skip).each(PAGES)('%s: nothing is highlighted and nothing is added', async (file) => {
    const { page } = opened.get(file)!;
    expect((await page.probe('highlights')).total).toBe(0);
    const added = await page.evaluate<string[]>(
      `[...document.documentElement.children].map((el) => el.localName).filter((n) => n.startsWith('sourcelight'))`,
    );
    expect(added).toEqual([]);
    expect((await page.probe('bodyUnchanged')).diff).toBeNull();
  });
});
