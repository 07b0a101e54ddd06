// The panel on a 5 MB article, in both browsers (issue 14): the page's report used to carry the whole
// analysis (~32,000 statements, ~12 MB) in one message, which Firefox copies on the page's main thread
// (the page froze 4–62 s, and the panel took 10–13 s to list them all). Now the report carries every
// statement counted and the first page of them; the panel asks for more of a speaker as the reader
// scrolls there, and an export asks for every page in turn. The page stays responsive throughout: pinged
// from outside (ping-page.ts), no round trip while the panel opens or exports is slower than the
// baseline's typical one (its median) by more than STALL_MARGIN_MS.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, gate, waitFor, type PageHandle } from '../e2e/harness';
import { launch } from '../e2e/harness/browsers';
import type { ExtensionBrowser } from '../e2e/harness/extension-browser';
import { STATEMENT_PAGE_SIZE } from '../../src/shared/statement-pages';
import { startHostileServer, type HostileServer } from './hostile-server';
import { HUGE_LAST_QUOTE, HUGE_PAGE } from './huge-page';
import { pingFor, pingPage } from './ping-page';

/**
 * Measured at load averages of 8–16 on 2 cores: a baseline round trip takes 2 ms (median), its slowest
 * alone 13–450 ms (the machine's noise). With the one reply of the whole analysis the page's slowest round
 * trip while the panel opened was 4,164–5,295 ms in Firefox (337 ms in Chromium); paged, 74–275 ms while
 * it opens and 73–645 ms while it exports all 32,262 statements (65 replies). A margin of 200 ms fails on
 * the noise alone; this one is still a fifth of the old stall.
 */
const STALL_MARGIN_MS = 1000;
const BASELINE_MS = 3000;

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const panelReady = (popup: PageHandle) =>
  waitFor(
    () => popup.evaluate<boolean>(`document.body?.dataset.ready === 'true'`),
    (ready) => ready,
    { what: 'the panel to render', timeout: 60_000 },
  );
const entryCount = (popup: PageHandle) =>
  popup.evaluate<number>(`document.querySelectorAll('[data-statement-id]').length`);

describe.each(BROWSERS)('the panel on a 5 MB article, in %s', (name) => {
  const { skip } = gate(name);
  let browser: ExtensionBrowser;
  let server: HostileServer;
  let page: PageHandle;
  let popup: PageHandle;
  let baseline: number[];
  let opening: number[];

  beforeAll(async () => {
    if (skip) return;
    server = await startHostileServer([HUGE_PAGE]);
    browser = await launch(name);
    page = await browser.open(server.url(HUGE_PAGE.path));
    await waitFor(
      () => page.probe('pointOnText', { needle: HUGE_LAST_QUOTE }),
      (p) => p?.covered === true,
      { what: 'the last quote highlighted', timeout: 180_000 },
    );
    baseline = await pingFor(page, BASELINE_MS);
    const tabId = await browser.tabIdOf(page);
    const opened = browser.openPopup(tabId).then(async (handle) => {
      await panelReady(handle);
      return handle;
    });
    opening = await pingPage(page, opened);
    popup = await opened;
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.skipIf(skip)('opens without freezing the page, listing the first page of statements', async () => {
    console.info(
      `${name}: round trips before: median ${median(baseline)} ms, slowest ${Math.max(...baseline)} ms; ` +
        `slowest while the panel opened ${Math.max(...opening)} ms`,
    );
    expect(Math.max(...opening)).toBeLessThanOrEqual(median(baseline) + STALL_MARGIN_MS);
    const listed = await entryCount(popup);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(STATEMENT_PAGE_SIZE);
    // The counts are of every statement: the chips and the summary add up to far more than were sent.
    const chips = await popup.evaluate<number[]>(
      `[...document.querySelectorAll('.chip-count')].map((c) => Number(c.textContent))`,
    );
    const summary = await popup.evaluate<number[]>(
      `[...document.querySelectorAll('#summary dd')].map((d) => Number(d.textContent))`,
    );
    const total = chips.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(10 * STATEMENT_PAGE_SIZE);
    expect(summary.reduce((a, b) => a + b, 0)).toBe(total);
  });

  test.skipIf(skip)("a speaker's further statements come when the reader asks for them", async () => {
    const first = await popup.evaluate<{ key: string; listed: number }>(`(() => {
      const group = document.querySelector('.group');
      return { key: group.dataset.group, listed: group.querySelectorAll('[data-statement-id]').length };
    })()`);
    await popup.evaluate(`document.querySelector('.group [data-more]').click()`);
    const listed = await waitFor(
      () =>
        popup.evaluate<number>(
          `document.querySelector('[data-group="${first.key}"]').querySelectorAll('[data-statement-id]').length`,
        ),
      (n) => n > first.listed,
      { what: 'more of the first speaker’s statements' },
    );
    expect(listed).toBeLessThanOrEqual(first.listed + STATEMENT_PAGE_SIZE);
    const speakers = await popup.evaluate<string[]>(
      `[...document.querySelector('[data-group="${first.key}"]').querySelectorAll('[data-statement-id]')].map((e) => e.dataset.speaker)`,
    );
    expect(new Set(speakers).size).toBe(1);
  });

  test.skipIf(skip)(
    'a card opened on the last quote marks it in the panel, though it was not sent',
    async () => {
      const point = await page.probe('pointOnText', { needle: HUGE_LAST_QUOTE });
      await page.click(point!);
      const marked = await waitFor(
        () =>
          popup.evaluate<string | null>(
            `document.querySelector('[aria-current="true"]')?.textContent ?? null`,
          ),
        (text) => text !== null,
        { what: 'the last quote marked in the panel', timeout: 30_000 },
      );
      expect(marked).toContain(HUGE_LAST_QUOTE);
    },
  );

  test.skipIf(skip)('an export has every statement, and the page stays responsive meanwhile', async () => {
    const total = await popup.evaluate<number>(
      `[...document.querySelectorAll('.chip-count')].reduce((sum, c) => sum + Number(c.textContent), 0)`,
    );
    await popup.evaluate(`(() => {
      window.__copied = null;
      navigator.clipboard.writeText = async (text) => { window.__copied = text; };
      document.getElementById('export-format').value = 'json';
      document.getElementById('export-copy').click();
    })()`);
    const exported = waitFor(
      () => popup.evaluate<number | null>('window.__copied && JSON.parse(window.__copied).statements.length'),
      (n) => n !== null,
      { what: 'the JSON export', timeout: 120_000 },
    );
    const trips = await pingPage(page, exported);
    console.info(`${name}: slowest round trip ${Math.max(...trips)} ms while exporting ${total} statements`);
    expect(await exported).toBe(total);
    expect(Math.max(...trips)).toBeLessThanOrEqual(median(baseline) + STALL_MARGIN_MS);
  });
});
