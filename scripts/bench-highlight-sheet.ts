// What bringing the highlights' stylesheet into a loaded 5 MB article costs the main thread
// (bench-hostile-pages.ts's big page, no extension): the forced style update after each way of adding the
// paint. Every rule whose subject matches any element (`::highlight()` is `*::highlight()`) restyles the
// whole document, however few the rules and whatever they style; a sheet adopted empty first and filled
// later (replaceSync) pays the same when filled; a rule for an id no element has costs nothing. The
// root's rules (`adopt`, as shipped; `htmlTag` the same) cost one inherited restyle, ~0.2 s in Chromium:
// why the paint comes in early, on a partly parsed page (content/early-styles.ts). Rules for the blocks
// that hold the text (`paragraphs`: `p::highlight()`) are far worse, 5.4-6.0 s: each paragraph then
// gets highlight styles of its own. Firefox (--firefox): 67-85 ms for `adopt`, 7 ms for a class no
// element has.
//   npx tsx scripts/bench-highlight-sheet.ts [variant,variant…] [--firefox]   (ROUNDS=n, default 2)
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { startHostileServer } from '../test/hostile/hostile-server';
import { HOSTILE_BENCH_PAGES } from './bench-hostile-pages';
import { highlightCss } from '../src/page/highlight-css';

const FULL = highlightCss({ prefix: 'sourcelight-abc123', highContrast: false, marks: false });
/** Each variant's css to adopt, or [empty first, then filled]; the times are of the forced update after each. */
const adopt = (css: string) => `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(css)});
  const t = performance.now();
  document.adoptedStyleSheets = [sheet];
  document.body.offsetTop;
  return [performance.now() - t];
})()`;
const VARIANTS: Record<string, string> = {
  adopt: adopt(FULL),
  emptyThenFilled: `(() => {
    const sheet = new CSSStyleSheet();
    let t = performance.now();
    document.adoptedStyleSheets = [sheet];
    document.body.offsetTop;
    const empty = performance.now() - t;
    t = performance.now();
    sheet.replaceSync(${JSON.stringify(FULL)});
    document.body.offsetTop;
    return [empty, performance.now() - t];
  })()`,
  twoRules: adopt(FULL.split('\n').slice(0, 2).join('\n')),
  rootOnly: adopt(FULL.replaceAll('::highlight', ':root::highlight')),
  absentId: adopt(FULL.replaceAll('::highlight', '#absent::highlight')),
  htmlTag: adopt(FULL.replaceAll(':root::highlight', 'html::highlight')),
  paragraphs: adopt(FULL.replaceAll(':root::highlight', 'p::highlight')),
  plainUniversal: adopt('* { --probe: 1 }'),
  absentClass: adopt('.absent-class { color: red }'),
};

const only =
  process.argv
    .slice(2)
    .find((a) => !a.startsWith('--'))
    ?.split(',') ?? Object.keys(VARIANTS);

/** Opens the loaded big page, a frame and 200 ms after its load; evaluates an expression in it. */
interface Opened {
  readonly evaluate: <T>(expression: string) => Promise<T>;
  readonly close: () => Promise<unknown>;
}
type Opener = { open(url: string): Promise<Opened>; close(): Promise<unknown> };

async function chromiumOpener(): Promise<Opener> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs(null) });
  return {
    async open(url) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      return { evaluate: (expression) => page.evaluate(expression), close: () => page.close() };
    },
    close: () => browser.close(),
  };
}

/** Firefox through puppeteer over WebDriver BiDi, as the e2e harness drives it (no extension). */
async function firefoxOpener(): Promise<Opener> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
  });
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      return {
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

const firefox = process.argv.includes('--firefox');
const server = await startHostileServer(HOSTILE_BENCH_PAGES);
const browser = await (firefox ? firefoxOpener() : chromiumOpener());
try {
  const results: Record<string, number[][]> = {};
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++)
    for (const name of only) {
      const page = await browser.open(server.url('/big.html'));
      await page.evaluate(`new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200)))`);
      const times = await page.evaluate<number[]>(VARIANTS[name]!);
      (results[name] ??= []).push(times.map(Math.round));
      await page.close();
    }
  console.log(`${firefox ? 'firefox' : 'chromium'}, load ${loadavg()[0]!.toFixed(1)}`);
  for (const [name, runs] of Object.entries(results)) console.log(`${name}: ${JSON.stringify(runs)} ms`);
} finally {
  await browser.close();
  await server.close();
}
