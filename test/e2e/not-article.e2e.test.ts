// A page that is not an article (the demo site's front page): the detector runs, decides "no", and the
// extension adds nothing: no highlights, no card, and the page's DOM is unchanged.
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, waitFor, useExtension } from './harness';
import type { PageHandle } from './harness';

describe.each(BROWSERS)('non-article page in %s', (name) => {
  const ext = useExtension(name);
  const { skip } = ext;
  let page: PageHandle;

  beforeAll(async () => {
    if (skip) return;
    page = await ext.browser.open(ext.server.url('/demo/front.html'));
    // The detector's measure is the sign that the content script ran and decided.
    await waitFor(
      () => page.probe('measures'),
      (m) => m.some((entry) => entry.name === 'sourcelight:detect'),
      { what: 'the sourcelight:detect measure on the front page' },
    );
  });

  test.skipIf(skip)('no highlights and no analysis', async () => {
    const summary = await page.probe('highlights');
    expect(summary.total).toBe(0);
    const measures = await page.probe('measures');
    expect(measures.map((m) => m.name)).not.toContain('sourcelight:paint');
  });

  test.skipIf(skip)('a click on a headline opens no card', async () => {
    const point = await page.probe('pointOnText', { needle: 'Port traffic up for a third month' });
    if (!point) throw new Error('headline not found');
    // A link: block its navigation so the click stays on this page.
    await page.evaluate(`document.addEventListener('click', (e) => e.preventDefault(), { once: true })`);
    await page.click(point);
    const card = await page.probe('card');
    expect(card.open).toBe(false);
  });

  test.skipIf(skip)('the page DOM is unchanged', async () => {
    const result = await page.probe('bodyUnchanged');
    expect(result.diff).toBeNull();
    expect(result.liveElements).toBe(result.parsedElements);
  });
});
