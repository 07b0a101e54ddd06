// What a hostile page cannot do to the reader, in both browsers: take the keystrokes typed into an
// editor (a click on a highlight there opens no card and keeps the focus), hijack or close the card
// (it defines our element names first and dispatches its own Escape and clicks), or starve the analysis
// (a ticker changing every 100 ms while a new paragraph arrives), or freeze itself by editing its quotes
// (one of 2,000 rewritten every second: the edited quote is highlighted again, only the ranges near the
// view are registered, and in Chromium no task after the first paint is a freeze; scripts/bench-hostile.ts measures the same shape against 50 ms), or
// freeze itself by being huge (a 5 MB article is read in slices and analysed and painted section by
// section to its last quote; the issue saw a 7.2 s task).
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, gate, waitFor, type PageHandle } from '../e2e/harness';
import { launch } from '../e2e/harness/browsers';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { WINDOW_RANGES } from '../../src/page/paint-window';
import { HOSTILE_PAGES, LIVE_QUOTES } from './hostile-classes';
import { startHostileServer, type HostileServer } from './hostile-server';
import { HUGE_LAST_QUOTE, HUGE_PAGE, TASKS_AFTER_LOAD, TICKS_IN_BUSY_STAGES } from './huge-page';

const QUOTE = 'We cannot wait for the next flood to decide';
/**
 * Long tasks after the first paint on the live page: no freeze (the issue saw up to 6.6 s). The 50 ms goal
 * is scripts/bench-hostile.ts's to judge: at a load average of 15 on 2 cores an 8 ms slice reads 245 ms.
 */
const LIVE_TASK_FLOOR_MS = 500;

describe.each(BROWSERS)('what a hostile page cannot do, in %s', (name) => {
  const { skip } = gate(name);
  let browser: ExtensionBrowser;
  let server: HostileServer;
  let page: PageHandle | undefined;

  beforeAll(async () => {
    if (skip) return;
    server = await startHostileServer([...HOSTILE_PAGES, LIVE_QUOTES, HUGE_PAGE]);
    browser = await launch(name);
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openOn = async (path: string, needle: string) => {
    page = await browser.open(server.url(path));
    const point = await waitFor(
      () => page!.probe('pointOnText', { needle }),
      (p) => p?.covered === true,
      { what: `a highlight covering "${needle}" on ${path}` },
    );
    return { page, point: point! };
  };
  const card = () => page!.probe('card');

  test.skipIf(skip)('in an editor, a click on a highlight opens no card and typing lands', async () => {
    const { page, point } = await openOn('/editable.html', QUOTE);
    await page.click(point);
    await page.type('Z');
    expect(await page.evaluate<string>(`document.activeElement.id`)).toBe('editor');
    expect(await page.evaluate<boolean>(`document.getElementById('editor').textContent.includes('Z')`)).toBe(
      true,
    );
    expect((await card()).present).toBe(false);
  });

  test.skipIf(skip)(
    'the card opens though the page defined our names first and trapped its APIs',
    async () => {
      const { page, point } = await openOn('/overrides.html', QUOTE);
      await page.click(point);
      const open = await waitFor(card, (s) => s.open, { what: 'the card to open' });
      expect(open.text).toContain('Marta Lind');
      expect(await page.evaluate(`window.__pwned ?? null`)).toBeNull();
    },
  );

  test.skipIf(skip)("the page's own Escape and clicks do not close the card; the user's do", async () => {
    const { page, point } = await openOn('/injection.html', QUOTE);
    await page.click(point);
    await waitFor(card, (s) => s.open, { what: 'the card to open' });
    await page.evaluate(`(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      document.body.click();
    })()`);
    expect((await card()).open).toBe(true);
    await page.press('Escape');
    await waitFor(card, (s) => !s.present, { what: 'Escape to close the card' });
  });

  test.skipIf(skip)(
    'a page hunting the open card can neither read, press, upgrade nor close it',
    async () => {
      const { page, point } = await openOn('/hunter.html', QUOTE);
      await page.click(point);
      await waitFor(card, (s) => s.open, { what: 'the card to open' });
      await waitFor(
        () => page.evaluate<number>('window.__hunts'),
        (n) => n >= 10,
        { what: 'ten rounds of the page hunting the card' },
      );
      const open = await card();
      expect(open.open).toBe(true);
      expect(open.text).toContain('Marta Lind');
      expect(await page.evaluate<string[]>('window.__stolen')).toEqual([]);
      expect(await page.evaluate<string[]>('window.__hostile.errors')).toEqual([]);
      await page.press('Escape');
      await waitFor(card, (s) => !s.present, { what: 'the user’s Escape to close the card' });
    },
  );

  test.skipIf(skip)('a page-dispatched click on a highlight opens no card', async () => {
    const { page, point } = await openOn('/injection.html', QUOTE);
    await page.evaluate(`document.elementFromPoint(${point.x}, ${point.y}).dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: ${point.x}, clientY: ${point.y} }))`);
    expect((await card()).present).toBe(false);
  });

  test.skipIf(skip)('a ticker every 100 ms does not keep a new paragraph from being analysed', async () => {
    await openOn('/churn.html', QUOTE);
    await waitFor(
      () => page!.probe('pointOnText', { needle: 'finished before winter' }),
      (p) => p?.covered === true,
      { what: 'the appended paragraph highlighted while the ticker runs', timeout: 5_000 },
    );
  });

  test.skipIf(skip)(
    'a page editing one of 2,000 quotes a second: re-highlighted, and no frozen page',
    async () => {
      await openOn(LIVE_QUOTES.path, 'works in section 1999 will reach');
      const tasksBefore = await page!.evaluate<number>('window.__hostile.longTasks.length');
      await waitFor(
        () => page!.probe('pointOnText', { needle: 'part 10002' }),
        (p) => p?.covered === true,
        { what: 'the third edited quote highlighted again', timeout: 15_000 },
      );
      const tasks = await page!.evaluate<number[]>(`window.__hostile.longTasks.slice(${tasksBefore})`);
      if (name === 'chromium') expect(tasks.filter((ms) => ms > LIVE_TASK_FLOOR_MS)).toEqual([]);
      // Each of the page's edits costs the browser every registered range: only those near the view are.
      expect((await page!.probe('highlights')).ranges).toBeLessThan(WINDOW_RANGES);
    },
  );

  test.skipIf(skip)(
    'a 5 MB article: painted in sections to its last quote, and no frozen page',
    { timeout: 240_000 },
    async () => {
      page = await browser.open(server.url(HUGE_PAGE.path));
      await waitFor(
        () => page!.probe('pointOnText', { needle: HUGE_LAST_QUOTE }),
        (p) => p?.covered === true,
        { what: 'the last quote highlighted', timeout: 180_000 },
      );
      expect(await page.evaluate<string[]>('window.__hostile.errors')).toEqual([]);
      const tasks = await page.evaluate<number[]>(TASKS_AFTER_LOAD);
      if (name === 'chromium') expect(tasks.filter((ms) => ms > LIVE_TASK_FLOOR_MS)).toEqual([]);
      // A count, not a time: the page's own ticks get turns inside each long anchor and paint stage.
      const stages =
        await page.evaluate<{ stage: string; ms: number; ticks: number }[]>(TICKS_IN_BUSY_STAGES);
      if (stages.length === 0) console.log(`${name}: no anchor or paint stage long enough to count ticks in`);
      expect(stages.filter((s) => s.ticks === 0)).toEqual([]);
    },
  );
});
