// Page-level benchmark in Chromium: every saved page in ../shared/newspages with the BUILT extension
// (`${SOURCELIGHT_DIST ?? 'dist'}/chrome`), split into the content script's sourcelight:* measures, side by
// side with a bare Readability parse of the same page in a browser without the extension; plus the longest
// main-thread task during the pass and, on a non-article page, what the detector costs. The core's analysis
// runs in the background (service worker): its measure is the page's wait, its detail says where it ran and
// how long the background worked. Also read: the session's first page, and a page after the worker stopped.
// Floors (issue 4): the page's main-thread work ≤ 1.5 × bare Readability; no task > 50 ms; a non-article
// page ≤ 1 ms (see FLOORS in bench-page-report.ts for why the wall pass is shown but not judged).
//   npx tsx scripts/bench-page.ts [folder-substring …] [--runs N] [--json out.json] [--strict]
// --runs N loads every page N times (both with and without the extension, in turn) and keeps the median:
// one load per page is noisy on a busy machine, and a per-page ratio of two single loads more so.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { RECORD_TIMINGS_KEY } from '../src/shared/settings';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import {
  STAGES,
  checkFloors,
  formatBench,
  median,
  medianRun,
  type BenchReport,
  type PageResult,
  type Stage,
} from './bench-page-report';
import { NEWSPAGES_DIR, startServer } from './serve.mjs';

export {
  FLOORS,
  checkFloors,
  formatBench,
  reportNotes,
  type BenchReport,
  type PageResult,
} from './bench-page-report';

/** How long one page may take to reach its paint measure before it counts as "no pass". */
const PAGE_TIMEOUT_MS = 30_000;
/** Runs of the non-article page; the detector is tiny, so take a median. */
const NOT_ARTICLE_RUNS = 9;
/** Visited first and not counted, in both browsers: the first page of a session pays one-off compilation. */
const WARM_UP = '/demo/index.html';
const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';

// Installed at document start in the main world: long tasks, whoever runs them (content scripts included).
const LONGTASK_RECORDER = `
  window.__sourcelightBenchTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__sourcelightBenchTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}`;

// Read after the paint measure: measures, DCL, and long tasks overlapping the pass (after one more frame so
// the observer has delivered its entries).
const READ_PASS = `new Promise((done) => requestAnimationFrame(() => setTimeout(() => {
  const first = {};
  for (const m of performance.getEntriesByType('measure')) {
    if (m.name.startsWith('sourcelight:') && !(m.name in first))
      first[m.name] = [m.startTime, m.duration, m.detail && typeof m.detail === 'object' ? m.detail : null];
  }
  const nav = performance.getEntriesByType('navigation')[0];
  done({ first, dcl: nav ? nav.domContentLoadedEventStart : null, tasks: window.__sourcelightBenchTasks || [] });
}, 0)))`;

/** The analyze measure's detail (src/content/timing.ts StageDetail). */
interface StageDetail {
  where?: 'page' | 'background';
  busyMs?: number;
  workMs?: number;
  miss?: string;
}

interface PassReading {
  first: Record<string, [number, number, StageDetail | null]>;
  dcl: number | null;
  tasks: [number, number][];
}

function passResult(page: string, reading: PassReading | null, readabilityMs: number | null): PageResult {
  const get = (stage: Stage) => reading?.first[`sourcelight:${stage}`] ?? null;
  const stages = Object.fromEntries(STAGES.map((s) => [s, get(s)?.[1] ?? null])) as Record<
    Stage,
    number | null
  >;
  const detect = get('detect');
  const paint = get('paint');
  const paintEnd = paint ? paint[0] + paint[1] : null;
  const passStart = detect?.[0] ?? null;
  const longestTaskMs = Math.max(
    0,
    ...(reading?.tasks ?? [])
      .filter(
        ([start, duration]) =>
          passStart !== null && paintEnd !== null && start + duration >= passStart && start <= paintEnd,
      )
      .map(([, duration]) => duration),
  );
  const detail = get('analyze')?.[2] ?? null;
  const analyzedIn = detail?.where ?? null;
  // What each stage cost the page's main thread: analyze in the background only cost the page its send.
  const pageCost = (s: Stage) =>
    s === 'analyze' && detail?.busyMs !== undefined ? detail.busyMs : stages[s];
  const busy = STAGES.map(pageCost).filter((v): v is number => v !== null);
  return {
    page,
    stages,
    analyzedIn,
    backgroundMs: analyzedIn === 'background' ? (detail?.workMs ?? null) : null,
    analyzeMiss: detail?.miss ?? null,
    busyMs: stages.paint === null ? null : busy.reduce((a, b) => a + b, 0),
    passMs: paintEnd !== null && passStart !== null ? paintEnd - passStart : null,
    dclToPaintMs: paintEnd !== null && reading?.dcl != null ? paintEnd - reading.dcl : null,
    readabilityMs,
    longestTaskMs,
  };
}

/** A browser without the extension, for the bare Readability parse: one per bench, pages loaded in turn. */
async function withPlainBrowser<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(null),
  });
  try {
    return await use(await browser.newContext());
  } finally {
    await browser.close();
  }
}

const READABILITY_SOURCE = () =>
  readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');

/** `new Readability(document.cloneNode(true)).parse()` on one load of the page, ms; null when it fails. */
async function readabilityTime(context: BrowserContext, url: string, source: string): Promise<number | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return (await page.evaluate(`(() => { ${source};
      const t0 = performance.now();
      new Readability(document.cloneNode(true)).parse();
      return performance.now() - t0; })()`)) as number;
  } catch {
    // A page that fails to load counts as no reading.
    return null;
  } finally {
    await page.close();
  }
}

async function withExtension<T>(dist: string, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(resolve(dist, 'chrome')),
  });
  try {
    await context.addInitScript(LONGTASK_RECORDER);
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // The sourcelight:* measures are off unless this setting asks (src/shared/settings.ts).
    await worker.evaluate(`chrome.storage.local.set({ ${RECORD_TIMINGS_KEY}: true })`);
    return await use(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Stops the extension's service worker (as Chrome does after 30 s idle); false when CDP refuses. */
async function stopServiceWorkers(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    return true;
  } catch {
    return false;
  } finally {
    await page.close();
  }
}

async function readPass(
  context: BrowserContext,
  url: string,
  until: 'paint' | 'detect',
): Promise<PassReading | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(`performance.getEntriesByName('sourcelight:${until}').length > 0`, null, {
      timeout: PAGE_TIMEOUT_MS,
      polling: 50,
    });
    return (await page.evaluate(READ_PASS)) as PassReading;
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

/** Runs the benchmark. `only` filters the shared pages by folder-name substring. */
export async function benchPages(
  options: { dist?: string; only?: readonly string[]; runs?: number; log?: (line: string) => void } = {},
): Promise<BenchReport> {
  const dist = options.dist ?? process.env.SOURCELIGHT_DIST ?? 'dist';
  const runs = Math.max(1, options.runs ?? 1);
  const log = options.log ?? (() => undefined);
  const folders = NEWSPAGES_DIR
    ? readdirSync(NEWSPAGES_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .filter((name) => !options.only?.length || options.only.some((o) => name.includes(o)))
        .sort()
    : [];
  if (!NEWSPAGES_DIR) log('../shared/newspages is absent: only the non-article page is measured');
  const server = await startServer();
  try {
    const urls = folders.map((f) => `/newspages/${f}/source.html`);
    const source = READABILITY_SOURCE();
    // Each load with the extension follows a bare parse of the same page, so that both sides of a page's
    // ratio are measured under the same load on the machine.
    return await withPlainBrowser((plain) =>
      withExtension(dist, async (context) => {
        const pages: PageResult[] = [];
        const warmUpReadability = await readabilityTime(plain, server.url(WARM_UP), source);
        const first = await readPass(context, server.url(WARM_UP), 'paint');
        const firstPage = passResult('demo/index.html', first, warmUpReadability);
        const readability: (number | null)[] = [];
        for (const [i, folder] of folders.entries()) {
          const readings: (PassReading | null)[] = [];
          const bare: number[] = [];
          for (let run = 0; run < runs; run++) {
            const ms = await readabilityTime(plain, server.url(urls[i]!), source);
            if (ms !== null) bare.push(ms);
            readings.push(await readPass(context, server.url(urls[i]!), 'paint'));
          }
          readability.push(median(bare));
          const result = medianRun(readings.map((reading) => passResult(folder, reading, readability[i]!)));
          pages.push(result);
          log(`${i + 1}/${folders.length} ${folder}${result.passMs === null ? ' (no paint measure)' : ''}`);
        }
        let wokenPage: PageResult | null = null;
        if (folders.length && (await stopServiceWorkers(context))) {
          const woken = await readPass(context, server.url(urls[0]!), 'paint');
          wokenPage = passResult(folders[0]!, woken, readability[0] ?? null);
        }
        const detects: number[] = [];
        for (let run = 0; run < NOT_ARTICLE_RUNS; run++) {
          const reading = await readPass(context, server.url('/demo/front.html'), 'detect');
          const detect = reading?.first['sourcelight:detect'];
          if (detect) detects.push(detect[1]);
        }
        return { pages, notArticleDetectMs: median(detects), firstPage, wokenPage, runs };
      }),
    );
  } finally {
    await server.close();
  }
}

// Alone: `npx tsx scripts/bench-page.ts [filters…] [--runs N] [--json out.json] [--strict]`. Floors print PASS/FAIL
// (as in scripts/bench.ts); only --strict turns a missed floor into exit code 1.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  if (strict) args.splice(args.indexOf('--strict'), 1);
  const jsonAt = args.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
  const report = await benchPages({ only: args, runs, log: (line) => console.error(line) });
  console.log(formatBench(report));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
  const failures = checkFloors(report);
  console.log(failures.length ? `\nfloors: FAIL\n- ${failures.join('\n- ')}` : '\nfloors: PASS');
  process.exitCode = strict && failures.length ? 1 : 0;
}
