// Keyboard reach on the page, in both browsers: the first Tab reaches Sourcelight's "Statements" link (shown
// only while focused), Enter opens the first statement's card, Escape brings focus back to the link, and
// every step (the link, next/previous) is announced with its speaker in a live region. All of it lives in
// one closed shadow root (read through the content script's describeUi): the page's text is unchanged and axe finds nothing in it. The panel
// (here the popup for the page's tab, as the side panel is) follows the card that opens.
import { beforeAll, describe, expect, test } from 'vitest';
import type { ContentMessage } from '../../src/shared/messages';
import type { UiState } from '../../src/shared/ui-state';
import { DEMO, openDemoPage } from './demo-page';
import { BROWSERS, useExtension, waitFor, type PageHandle } from './harness';
import { axeOnCopy } from './ui-copy';

const API = '(globalThis.browser ?? globalThis.chrome)';
/** The keyboard link's host, as the page finds it: the plain element just before <body> (its root is closed). */
const NAV = 'document.body.previousElementSibling';

type NavState = UiState['nav'];
const NO_NAV: NavState = { present: false, focused: false, text: '', box: null, live: '', html: '' };

const speakerOf = (i: number): string => DEMO[i]?.speaker?.name ?? '';

describe.each(BROWSERS)('keyboard reach on the page in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  let page: PageHandle;
  let sender: PageHandle;
  let tabId: number;

  const nav = async (): Promise<NavState> => (await page.ui())?.nav ?? NO_NAV;
  /** The entry the panel marks as the page's current statement. */
  const marked = () =>
    sender.evaluate<{ id: string | null; text: string } | null>(`(() => {
      const entry = document.querySelector('#statements [aria-current="true"]');
      return entry && { id: entry.dataset.statementId, text: entry.querySelector('.statement-text').textContent };
    })()`);
  const send = (message: ContentMessage) =>
    sender.evaluate(`${API}.tabs.sendMessage(${tabId}, ${JSON.stringify(message)})`);

  beforeAll(async () => {
    if (skip) return;
    page = await openDemoPage(ext);
    tabId = await ext.browser.tabIdOf(page);
    sender = await ext.browser.openPopup(tabId);
    // The keyboard goes to the page's tab: bring it to the front again (the sender's tab opened over it).
    await sender.evaluate(`${API}.tabs.update(${tabId}, { active: true }).then(() => true)`);
  });

  test.skipIf(skip)('the link is out of sight until the first Tab reaches it', async () => {
    const before = await nav();
    expect(before.present).toBe(true);
    expect(before.focused).toBe(false);
    expect(before.box!.width).toBeLessThanOrEqual(1);
    await page.press('Tab');
    const focused = await waitFor(nav, (s) => s.focused, { what: 'the link to have focus' });
    expect(focused.text).toBe(`Sourcelight: go to the statements (${DEMO.length})`);
    expect(focused.box!.width).toBeGreaterThan(100);
    expect(focused.box!.height).toBeGreaterThan(20);
    expect(focused.box!.top).toBeGreaterThanOrEqual(0);
  });

  test.skipIf(skip)('Enter goes to the first statement and announces its speaker', async () => {
    await page.press('Enter');
    const card = await waitFor(
      () => page.probe('card'),
      (s) => s.open,
      { what: 'the first statement’s card' },
    );
    expect(card.text).toContain(speakerOf(0));
    const state = await nav();
    expect(state.live).toBe(`Statement 1 of ${DEMO.length}: ${speakerOf(0)}`);
  });

  test.skipIf(skip)('Escape closes the card and gives focus back to the link', async () => {
    await page.press('Escape');
    await waitFor(
      () => page.probe('card'),
      (s) => !s.present,
      { what: 'the card to close' },
    );
    expect((await waitFor(nav, (s) => s.focused, { what: 'focus back on the link' })).focused).toBe(true);
  });

  test.skipIf(skip)('next and previous announce the statement they go to, with its speaker', async () => {
    await send({ type: 'stepStatement', payload: { direction: 1 } });
    await waitFor(nav, (s) => s.live === `Statement 1 of ${DEMO.length}: ${speakerOf(0)}`, {
      what: 'the first statement announced',
    });
    await send({ type: 'stepStatement', payload: { direction: 1 } });
    await waitFor(nav, (s) => s.live === `Statement 2 of ${DEMO.length}: ${speakerOf(1)}`, {
      what: 'the second statement announced',
    });
    await send({ type: 'stepStatement', payload: { direction: -1 } });
    await waitFor(nav, (s) => s.live === `Statement 1 of ${DEMO.length}: ${speakerOf(0)}`, {
      what: 'the first statement announced again',
    });
    await page.press('Escape');
  });

  test.skipIf(skip)('the panel follows the card: a step or a click marks its statement there', async () => {
    await send({ type: 'stepStatement', payload: { direction: 1 } });
    const stepped = await waitFor(marked, (m) => m !== null, {
      what: 'the panel to mark the stepped-to statement',
    });
    const card = await waitFor(
      () => page.probe('card'),
      (c) => c.open,
      { what: 'the card' },
    );
    expect(card.text).toContain(stepped!.text.slice(0, 40));
    await page.press('Escape');
    const point = await waitFor(
      () => page.probe('pointInHighlight'),
      (p) => p !== null && !p.blocked,
      {
        what: 'a highlight to click',
      },
    );
    await page.click(point!);
    // The scroll to the passage may first mark the passage in view: the open card's statement wins.
    const clicked = await waitFor(
      async () => ({ m: await marked(), card: await page.probe('card') }),
      ({ m, card }) =>
        m !== null && m.id !== stepped!.id && card.open && card.text.includes(m.text.slice(0, 40)),
      { what: 'the panel to mark the clicked statement' },
    );
    expect(clicked.card.text).toContain(clicked.m!.text.slice(0, 40));
    await page.press('Escape');
  });

  test.skipIf(skip)('the panel follows the passage in view as the reader scrolls', async () => {
    /** The box of the element holding `text`, scrolled first to a third of the way down when asked. */
    const boxOf = (text: string, scroll: 'third' | 'none') =>
      page.evaluate<{ top: number; bottom: number; height: number } | null>(`(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.data.replace(/\\s+/g, ' ').includes(${JSON.stringify(text)})) continue;
          const top = n.parentElement.getBoundingClientRect().top;
          if (${JSON.stringify(scroll)} === 'third') scrollBy({ top: top - innerHeight / 3, behavior: 'instant' });
          const box = n.parentElement.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, height: innerHeight };
        }
        return null;
      })()`);
    let before = (await marked())?.id ?? null;
    for (const index of [DEMO.length - 1, 0]) {
      // The statement's text a third of the way down the viewport, in the reading band.
      expect(await boxOf(DEMO[index]!.text.slice(0, 30), 'third')).not.toBeNull();
      const now = await waitFor(marked, (m) => m !== null && m.id !== before, {
        what: `the panel to follow the scroll to statement ${index + 1}`,
      });
      // The marked statement's element crosses the reading band (10 %–50 % of the viewport).
      const box = await boxOf(now!.text.slice(0, 30), 'none');
      expect(box!.bottom).toBeGreaterThan(box!.height * 0.1);
      expect(box!.top).toBeLessThan(box!.height * 0.5);
      before = now!.id;
    }
  });

  test.skipIf(skip)('adds no axe-core violation and leaves the page’s text as it was', async () => {
    // Back to the page's start, as a reader who reloads would be: the first Tab is the link again.
    await page.evaluate(`(document.activeElement?.blur(), ${NAV}.focus(), true)`);
    await waitFor(nav, (s) => s.focused && s.box!.width > 100, { what: 'the link shown with focus' });
    expect(await axeOnCopy(page, 'nav')).toEqual([]);
    expect((await page.probe('bodyUnchanged')).diff).toBeNull();
    expect((await page.probe('bodyUnchanged')).sameElements).toBe(true);
  });
});
