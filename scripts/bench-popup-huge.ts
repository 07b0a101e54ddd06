// `npx tsx scripts/bench-popup-huge.ts [--browser chromium|firefox] [--runs N]`: what opening the panel
// costs the page on the 5 MB article of the hostile suite (issue 14: the report used to carry ~32,000
// statements in one message, and Firefox stalled the page 17–62 s copying it). Per run: the page is
// analysed to its last quote, the page is pinged from outside (pingPage) for a baseline stretch with
// nothing opened, then while the panel opens (a tab with ?tab=) until a second after it has rendered;
// also how long the panel took to render.
// Wall-clock figures on a shared machine: the load average is printed with each run.
import { loadavg } from 'node:os';
import { launch } from '../test/e2e/harness/browsers';
import { waitFor } from '../test/e2e/harness/wait';
import { pingFor, pingPage } from '../test/hostile/ping-page';
import { startHostileServer } from '../test/hostile/hostile-server';
import { HUGE_LAST_QUOTE, HUGE_PAGE } from '../test/hostile/huge-page';

const arg = (name: string, fallback: string): string =>
  ((at) => (at >= 0 ? process.argv[at + 1]! : fallback))(process.argv.indexOf(name));
const RUNS = Number(arg('--runs', '2'));
const NAME = arg('--browser', 'firefox');
const BASELINE_MS = 3000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function main(): Promise<void> {
  if (NAME !== 'chromium' && NAME !== 'firefox') throw new Error(`--browser chromium|firefox, not ${NAME}`);
  const server = await startHostileServer([HUGE_PAGE]);
  const browser = await launch(NAME);
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.open(server.url(HUGE_PAGE.path));
      await waitFor(
        () => page.probe('pointOnText', { needle: HUGE_LAST_QUOTE }),
        (p) => p?.covered === true,
        { what: 'the last quote highlighted', timeout: 240_000 },
      );
      await sleep(3000); // the last section's paint and its follow-up work
      const baseline = await pingFor(page, BASELINE_MS);
      const started = Date.now();
      const tabId = await browser.tabIdOf(page);
      const rendered = (async () => {
        const popup = await browser.openPopup(tabId);
        await waitFor(
          () => popup.evaluate<boolean>(`document.body?.dataset.ready === 'true'`),
          (ready) => ready,
          { what: 'the panel to render', timeout: 240_000 },
        );
        return popup;
      })();
      const opened = await pingPage(
        page,
        rendered.then(() => sleep(1000)),
      );
      const popup = await rendered;
      const readyMs = Date.now() - started;
      const entries = await popup.evaluate<number>(`document.querySelectorAll('[data-statement-id]').length`);
      const chips = await popup.evaluate<string>(
        `[...document.querySelectorAll('.chip')].map((c) => c.textContent).join(' | ')`,
      );
      const slow = (trips: number[]) => trips.filter((ms) => ms > 50);
      console.log(
        `${NAME} run ${run + 1} (load ${loadavg()[0]!.toFixed(1)}): page round trips: baseline longest ${Math.max(...baseline)} ms (${slow(baseline).length} of ${baseline.length} > 50 ms); ` +
          `while the panel opens: longest ${Math.max(...opened)} ms (${slow(opened).length} of ${opened.length} > 50 ms: ${slow(opened).slice(0, 12).join(', ')}); ` +
          `panel rendered in ${readyMs} ms with ${entries} entries; chips: ${chips.slice(0, 200)}`,
      );
      await popup.close();
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
