// Seen, not only asserted: each view of Sourcelight as a screenshot against a committed baseline
// (test/e2e/baselines/<browser>-<view>.png, see harness/compare-screen.ts), in both browsers, and
// axe-core on the same views. A layout regression (a card over its passage, a panel reordered, a
// highlight in the wrong colour) changes far more pixels than the tolerance allows.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { compareScreen, MAX_CHANGED_SHARE } from './harness/compare-screen';
import { DEMO, openDemoPage } from './demo-page';
import { axeOnCopy } from './ui-copy';
import { BROWSERS, waitFor, type PageHandle, useExtension } from './harness';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const needleOf = (i: number): string => DEMO.at(i)?.text.slice(0, 30) ?? '';

/** Scrolls so that `needle` sits `fromTop` px below the viewport's top (negative: above the bottom). */
const placeText = (needle: string, fromTop: number) => `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.replace(/\\s+/g, ' ').indexOf(${JSON.stringify(needle)});
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, Math.min(n.data.length, at + 10));
    const want = ${fromTop} >= 0 ? ${fromTop} : innerHeight + ${fromTop};
    window.scrollBy({ top: range.getBoundingClientRect().top - want, behavior: 'instant' });
    const r = range.getBoundingClientRect();
    return { x: r.left + Math.min(r.width, 40) / 2, y: r.top + r.height / 2 };
  }
  return null;
})()`;

/** axe on the whole page, or on a copy of the open card (its own root is closed; see ui-copy.ts). */
async function axeOn(page: PageHandle, include: 'card' | null): Promise<string[]> {
  if (include === 'card') return axeOnCopy(page, 'card');
  return page.evaluate<string[]>(`(() => { ${AXE_SOURCE};
    return axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')));
  })()`);
}

describe.each(BROWSERS)('screens in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  let page: PageHandle;
  let popup: PageHandle;
  let tabId: number;

  const expectScreen = async (view: string, handle: PageHandle) => {
    const result = compareScreen(`${name}-${view}`, await handle.screenshot());
    if (result.changedShare === null) return;
    expect(result.sizeMatches, `${view}: size changed (see ${result.artifacts})`).toBe(true);
    expect(result.changedShare, `${view}: pixels changed (see ${result.artifacts})`).toBeLessThanOrEqual(
      MAX_CHANGED_SHARE,
    );
  };

  const openCardAt = async (needle: string, fromTop: number) => {
    await page.press('Escape');
    const point = await page.evaluate<{ x: number; y: number } | null>(placeText(needle, fromTop));
    if (!point) throw new Error(`"${needle}" not on the demo page`);
    await page.click(point);
    await waitFor(
      () => page.probe('card'),
      (s) => s.open,
      { what: `the card of "${needle}"` },
    );
  };

  beforeAll(async () => {
    if (skip) return;
    page = await openDemoPage(ext);
    tabId = await ext.browser.tabIdOf(page);
    popup = await ext.browser.openPopup(tabId);
    await popup.resize(420, 600);
    await waitFor(
      () => popup.evaluate<boolean>(`document.body?.dataset.ready === 'true'`),
      (ready) => ready,
      { what: 'the popup to render' },
    );
  });

  test.skipIf(skip)('the demo page with its highlights', async () => {
    await page.evaluate(placeText(needleOf(0), 120));
    await expectScreen('page', page);
  });

  test.skipIf(skip)('the card near the top of the viewport, beside its passage', async () => {
    await openCardAt(needleOf(0), 80);
    await expectScreen('card-top', page);
    expect(await axeOn(page, 'card')).toEqual([]);
  });

  test.skipIf(skip)('the card near the bottom of the viewport', async () => {
    await openCardAt(needleOf(-1), -60);
    await expectScreen('card-bottom', page);
    await page.press('Escape');
  });

  test.skipIf(skip)(
    'the panel follows the passage in view: the first statement, back at the top',
    async () => {
      // Where the page was left (a card closed, focus given back) decides what the panel marks: put the
      // first statement in view so the panel views below are the same in every run.
      await page.evaluate(placeText(needleOf(0), 120));
      const marked = await waitFor(
        () =>
          popup.evaluate<string>(
            `document.querySelector('#statements [aria-current="true"]')?.textContent ?? ''`,
          ),
        (text) => text.includes(needleOf(0)),
        { what: 'the panel to mark the first statement' },
      );
      expect(marked).toContain(needleOf(0));
    },
  );

  test.skipIf(skip).each(['light', 'dark'])('the panel, %s', async (scheme) => {
    // The panel follows the passage in view (the first statement): the view is of its top.
    await popup.evaluate(`(window.scrollTo(0, 0), document.scrollingElement.scrollTop)`);
    await popup.evaluate(`document.documentElement.dataset.scheme = ${JSON.stringify(scheme)}`);
    await expectScreen(`panel-${scheme}`, popup);
    expect(await axeOn(popup, null)).toEqual([]);
  });

  // The side panel and the sidebar show the same page, narrow and tall, beside the article.
  test.skipIf(skip)('the panel at side-panel size', async () => {
    await popup.evaluate(`document.documentElement.dataset.scheme = 'light'`);
    await popup.resize(360, 800);
    await popup.evaluate(`(window.scrollTo(0, 0), document.scrollingElement.scrollTop)`);
    await expectScreen('panel-side', popup);
    await popup.resize(420, 600);
  });
});
