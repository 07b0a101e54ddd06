// `npx tsx scripts/bench-panel.ts [--runs N] [--statements N]`: how long the panel takes to open on a long
// article (issue 11: 300 statements in under 100 ms of script). Serves a generated article (invented
// sentences, one statement each), lets the extension highlight it in Chromium, then opens the panel for
// its tab N times and reports, per open, the panel page's JavaScript time (V8's sampling profiler: module
// evaluation, messaging, rendering, GC) and the list's own render (the sourcelight:panel-list measure:
// wall time of one synchronous block, so also style work it forces and any preemption); medians and the
// floor last. Take it on a quiet machine (`uptime`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { analyze } from '../src/core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { printTop, SAMPLE_US, scriptMs } from './profile-script-time';

const arg = (name: string, fallback: number): number =>
  ((at) => (at >= 0 ? Number(process.argv[at + 1]) : fallback))(process.argv.indexOf(name));
const RUNS = arg('--runs', 7);
const STATEMENTS = arg('--statements', 300);
const MAX_SCRIPT_MS = 100;
/** `--json FILE`: the medians for scripts/bench.ts's floors. */
const JSON_OUT = ((at) => (at >= 0 ? process.argv[at + 1] : undefined))(process.argv.indexOf('--json'));
const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';
const DIST = process.env.SOURCELIGHT_DIST ?? 'dist';

const FIRST = ['Ana', 'Bo', 'Carla', 'Dev', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena'];
const LAST = ['Ruiz', 'Lin', 'Moreau', 'Patel', 'Kaya', 'Okafor', 'Berg', 'Sato', 'Costa', 'Weber'];
const TOPICS = [
  'the ferry timetable',
  'the school budget',
  'the new clinic',
  'the sea wall',
  'the tram line',
];

/** One invented paragraph per statement, from a cast of 40 speakers. */
function article(count: number): string {
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / 3) % LAST.length]}`;
    const topic = TOPICS[i % TOPICS.length];
    return `<p>“Work on ${topic} will be finished by week ${(i % 50) + 1},” said ${name}, who spoke at meeting ${i + 1}.</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council meets for the long session</title>
<meta property="og:type" content="article"></head><body><article><h1>Council meets for the long session</h1>
<p>By Test Writer</p>${paragraphs.join('\n')}</article></body></html>`;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

interface Row {
  readonly script: number;
  readonly lowerBound: number;
  readonly list: number;
}

async function openPanel(context: BrowserContext, url: string): Promise<Row> {
  const panel = await context.newPage();
  // First an extension page (the panel for no tab), so that the profiler attaches to the extension's
  // process; the measured open is then a same-process navigation, profiled from its first line.
  await panel.goto(url.replace(/\?.*$/, '?tab=0'));
  const cdp = await context.newCDPSession(panel);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  await panel.goto(url);
  await panel
    .waitForFunction(
      (n) => document.querySelectorAll('#statements [data-statement-id]').length >= n,
      STATEMENTS,
      { timeout: 30_000 },
    )
    .catch(async (error: unknown) => {
      const shown = await panel.evaluate(() => document.body.innerText.slice(0, 300));
      throw new Error(`the panel did not list ${STATEMENTS} statements; it shows: ${shown}`, {
        cause: error,
      });
    });
  const { profile } = await cdp.send('Profiler.stop');
  const script = scriptMs(profile);
  if (process.env.BENCH_PANEL_TOP) printTop(profile);
  const list = await panel.evaluate(() =>
    Math.max(...performance.getEntriesByName('sourcelight:panel-list').map((e) => e.duration)),
  );
  await panel.close();
  return { script, lowerBound: scriptMs(profile, true), list };
}

async function main(): Promise<void> {
  const html = article(STATEMENTS);
  const found = analyze(html.replace(/<[^>]+>/g, '\n')).statements.length;
  if (found < STATEMENTS) throw new Error(`the generated article has ${found} statements, not ${STATEMENTS}`);
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const pageUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/long.html`;
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-panel-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(resolve(DIST, 'chrome')),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // URL.origin is 'null' for chrome-extension: URLs.
    const origin = worker.url().split('/').slice(0, 3).join('/');
    const page = await context.newPage();
    // The article's tab is then the only one: the extension may not see its url (no host access asked).
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.goto(pageUrl);
    // The panel reads the page's finished analysis: wait for every highlight first.
    await page.waitForFunction(
      (n) =>
        [...CSS.highlights.entries()].reduce(
          (sum, [name, h]) => sum + (name.startsWith('sourcelight') ? h.size : 0),
          0,
        ) >= n,
      STATEMENTS,
      { timeout: 60_000 },
    );
    const tabIds = (await worker.evaluate(
      'chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id))',
    )) as number[];
    const tabId = tabIds[0] ?? -1;
    if (tabIds.length !== 1) throw new Error(`expected the article's tab alone, found ${tabIds.length} tabs`);
    const rows: Row[] = [];
    for (let run = 0; run < RUNS; run++) {
      const row = await openPanel(context, `${origin}/src/popup/index.html?tab=${tabId}`);
      rows.push(row);
      console.log(
        `run ${run + 1}: script ${row.script.toFixed(1)} ms (≥ ${row.lowerBound.toFixed(1)} without scheduling gaps), list render ${row.list.toFixed(1)} ms`,
      );
    }
    const script = median(rows.map((r) => r.script));
    const list = median(rows.map((r) => r.list));
    const lowerBound = median(rows.map((r) => r.lowerBound));
    if (JSON_OUT)
      writeFileSync(JSON_OUT, JSON.stringify({ statements: STATEMENTS, runs: RUNS, script, list }));
    console.log(
      `${STATEMENTS} statements, median of ${RUNS}: script ${script.toFixed(1)} ms (≥ ${lowerBound.toFixed(1)} without gaps), list render ${list.toFixed(1)} ms — ${script < MAX_SCRIPT_MS ? 'PASS' : 'FAIL'} (< ${MAX_SCRIPT_MS} ms of script)`,
    );
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
