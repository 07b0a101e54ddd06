// Dynamic pages in both browsers, driven from the page's main world the way page scripts do it: a framework
// re-render that replaces every text node, a paragraph appended later, and a single-page-app swap to another
// article (pushState + new content). Then the page layer's fixtures (test/fixtures/dynamic/), through the
// hooks they expose (window.__rerender, __appendMore, __swap), when they exist.
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { BROWSERS, waitFor, useExtension } from './harness';
import type { PageHandle } from './harness';

const DEMO = '/demo/index.html';
const STATEMENT = 'any promise among allies not to defend one another';

/** A paragraph a live page might append: a direct quote with a named speaker (our own words). */
const APPENDED =
  '“Our doors stay open to every partner,” said Lena Varga, a spokeswoman for the alliance, on Tuesday.';

/** Another article for the single-page-app swap (our own words). */
const NEXT_STORY = {
  title: 'Harbour pier to stay closed until autumn',
  paragraphs: [
    'Repairs to the north pier will take until the autumn, the harbour authority said on Tuesday.',
    '“We have found far more corrosion than we expected,” said Ruth Okafor, the chief engineer.',
    'According to the city council, the pier will remain closed to vehicles until the work is finished.',
  ],
};

const FIXTURES_DIR = 'test/fixtures/dynamic';
const hasFixture = (file: string) => {
  const present = existsSync(`${FIXTURES_DIR}/${file}`);
  if (!present) console.warn(`[e2e] ${FIXTURES_DIR}/${file} is absent: its test is skipped`);
  return present;
};

/** Whether every sourcelight range still points into the live document (not at detached nodes). */
const RANGES_CONNECTED = `(() => {
  let all = 0, live = 0;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('sourcelight')) continue;
    for (const r of h) { all++; if (r.startContainer.isConnected && r.endContainer.isConnected) live++; }
  }
  return { all, live };
})()`;

describe.each(BROWSERS)('dynamic pages in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  let page: PageHandle | undefined;

  const openAnalysed = async (path: string): Promise<PageHandle> => {
    page = await ext.browser.open(ext.server.url(path));
    await waitFor(
      () => page!.probe('highlights'),
      (s) => s.total > 0,
      { what: `highlights on ${path}` },
    );
    return page;
  };
  const covered = (p: PageHandle, needle: string) =>
    waitFor(
      () => p.probe('pointOnText', { needle }),
      (point) => point?.covered === true,
      { what: `a highlight covering "${needle}"` },
    );

  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  test.skipIf(skip)('highlights survive a re-render that replaces every text node', async () => {
    const p = await openAnalysed(DEMO);
    await p.evaluate(`(() => {
      const body = document.querySelector('.article-body');
      body.innerHTML = body.innerHTML; // a framework re-render: same markup, all-new nodes
    })()`);
    await waitFor(
      () => p.evaluate<{ all: number; live: number }>(RANGES_CONNECTED),
      (r) => r.all > 0 && r.live === r.all,
      { what: 'every highlight re-anchored onto the new nodes' },
    );
    await covered(p, STATEMENT);
  });

  test.skipIf(skip)('an appended paragraph gets highlighted', async () => {
    const p = await openAnalysed(DEMO);
    await p.evaluate(`(() => {
      const para = document.createElement('p');
      para.textContent = ${JSON.stringify(APPENDED)};
      document.querySelector('.article-body').append(para);
    })()`);
    await covered(p, 'Our doors stay open to every partner');
    await covered(p, STATEMENT); // the earlier statements stay
  });

  test.skipIf(skip)('a single-page-app swap to another article re-analyses it', async () => {
    const p = await openAnalysed(DEMO);
    await p.evaluate(`(() => {
      const story = ${JSON.stringify(NEXT_STORY)};
      history.pushState({}, '', '?story=pier');
      document.querySelector('h1').textContent = story.title;
      const body = document.querySelector('.article-body');
      body.replaceChildren(...story.paragraphs.map((text) => {
        const para = document.createElement('p');
        para.textContent = text;
        return para;
      }));
    })()`);
    await covered(p, 'We have found far more corrosion than we expected');
    const texts = await p.probe('highlightTexts');
    // Nothing still points at the previous article's statements.
    expect(texts.some((t) => t.text.includes('promise among allies'))).toBe(false);
    const tabId = await ext.browser.tabIdOf(p);
    const popup = await ext.browser.openPopup(tabId);
    try {
      const state = await waitFor(
        () => popup.probe('popup'),
        (s) => s.entries.length > 0,
        { what: 'the popup to list the new article' },
      );
      expect(state.entries.map((e) => e.speaker)).toContain('Ruth Okafor');
      expect(state.entries.map((e) => e.speaker)).not.toContain('Jens Stoltenberg');
    } finally {
      await popup.close();
    }
  });

  test.skipIf(skip || !hasFixture('rerender.html'))(
    'fixture rerender.html: highlights follow the new nodes',
    async () => {
      const p = await openAnalysed('/fixtures/dynamic/rerender.html');
      await covered(p, 'Teachers need the extra week');
      await p.evaluate('window.__rerender()');
      await waitFor(
        () => p.evaluate<{ all: number; live: number }>(RANGES_CONNECTED),
        (r) => r.all > 0 && r.live === r.all,
        { what: 'every highlight re-anchored after __rerender()' },
      );
      const point = await covered(p, 'Teachers need the extra week');
      await p.click(point!);
      const card = await waitFor(
        () => p.probe('card'),
        (c) => c.open,
        { what: 'the card after a re-render' },
      );
      expect(card.text).toContain('Sofia Ramos');
    },
  );

  test.skipIf(skip || !hasFixture('lazy.html'))(
    'fixture lazy.html: appended batches get highlighted',
    async () => {
      page = await ext.browser.open(ext.server.url('/fixtures/dynamic/lazy.html'));
      const p = page;
      // The first batch arrives by itself (the sentinel is in view); ask for the rest as scrolling would.
      await waitFor(
        () => p.evaluate<boolean>('window.__appendMore()'),
        (more) => !more,
        { what: 'every batch appended' },
      );
      await covered(p, 'Every day of this strike costs the region money');
      await covered(p, 'Nobody wants this to go on');
    },
  );

  test.skipIf(skip || !hasFixture('spa.html'))(
    'fixture spa.html: the swapped-in story is analysed',
    async () => {
      const p = await openAnalysed('/fixtures/dynamic/spa.html');
      await covered(p, 'We will rebuild the bridge before the spring floods');
      await p.evaluate('window.__swap(2)');
      await covered(p, 'Our readers waited patiently');
      const texts = await p.probe('highlightTexts');
      expect(texts.some((t) => t.text.includes('rebuild the bridge'))).toBe(false);
      const popup = await ext.browser.openPopup(await ext.browser.tabIdOf(p));
      try {
        const state = await waitFor(
          () => popup.probe('popup'),
          (s) => s.entries.some((e) => e.speaker === 'Tomas Varga'),
          { what: 'the popup to list the swapped-in story' },
        );
        expect(state.entries.map((e) => e.speaker)).not.toContain('Ana Lima');
      } finally {
        await popup.close();
      }
    },
  );
});
