// Page-level benchmark in Chromium (or Firefox): every saved page in ../shared/newspages with the BUILT extension
// (`${SOURCELIGHT_DIST ?? 'dist'}/chrome`), split into the content script's sourcelight:* measures, side by
// side with a bare Readability parse of the same page in a browser without the extension; plus the longest
// main-thread task during the pass and, on a non-article page, what the detector costs. The core's analysis
// runs in the background (service worker): its measure is the page's wait, its detail says where it ran and
// how long the background worked. Also read: the session's first page, and a page after the worker stopped.
// Floors (issue 4): the page's main-thread work ≤ 1.5 × bare Readability; no task > 50 ms; a non-article
// page ≤ 1 ms; the wall pass (detect start → paint end) ≤ 1.2 × bare Readability (issue 15; FLOORS in bench-page-report.ts).
//   npx tsx scripts/bench-page.ts [folder-substring …] [--runs N] [--browser chromium|firefox] [--json out.json] [--strict]
// Firefox (bench-page-firefox.ts) has no long-task entries: its long-task column stays empty.
// --runs N loads every page N times (both with and without the extension, in turn) and keeps the median:
// one load per page is noisy on a busy machine, and a per-page ratio of two single loads more so.
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchBrowsers, PassReading } from './bench-page-browsers';
import { chromiumBrowsers } from './bench-page-chromium';
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
import { firefoxBrowsers } from './bench-page-firefox';
import { NEWSPAGES_DIR, startServer } from './serve.mjs';

export {
  FLOORS,
  checkFloors,
  formatBench,
  reportNotes,
  type BenchReport,
  type PageResult,
} from './bench-page-report';

/** Runs of the non-article page; the detector is tiny, so take a median. */
const NOT_ARTICLE_RUNS = 9;
/** Visited first and not counted, in both browsers: the first page of a session pays one-off compilation. */
const WARM_UP = '/demo/index.html';

export function passResult(
  page: string,
  reading: PassReading | null,
  readabilityMs: number | null,
): PageResult {
  const get = (stage: Stage) => reading?.first[`sourcelight:${stage}`] ?? null;
  const stages = Object.fromEntries(STAGES.map((s) => [s, get(s)?.[1] ?? null])) as Record<
    Stage,
    number | null
  >;
  const detect = get('detect');
  const paint = get('paint');
  // The paint's end on the clock: its duration is busy time, which leaves out the turns it gave the page.
  const paintEnd = paint ? paint[0] + (paint[2]?.wallMs ?? paint[1]) : null;
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
    loadWaitMs: detect && get('extract') ? get('extract')![0] - (detect[0] + detect[1]) : null,
    dclToPaintMs: paintEnd !== null && reading?.dcl != null ? paintEnd - reading.dcl : null,
    readabilityMs,
    longestTaskMs,
    timeline: passStart === null ? undefined : timelineOf(reading!, passStart),
  };
}

/** Every sourcelight* measure of the load, relative to the detect measure's start (and DCL, as `dcl`). */
function timelineOf(reading: PassReading, passStart: number): Record<string, readonly [number, number]> {
  const round = (v: number) => Math.round(v * 10) / 10;
  const entries = Object.entries(reading.first).map(
    ([name, [start, duration]]) =>
      [
        name.replace('sourcelight-part:', 'part:').replace('sourcelight:', ''),
        [round(start - passStart), round(duration)],
      ] as const,
  );
  const dcl = reading.dcl === null ? [] : [['dcl', [round(reading.dcl - passStart), 0]] as const];
  return Object.fromEntries([...dcl, ...entries]);
}

type BrowserChoice = 'chromium' | 'firefox';

/** Runs the benchmark. `only` filters the shared pages by folder-name substring. */
export async function benchPages(
  options: {
    dist?: string;
    only?: readonly string[];
    runs?: number;
    log?: (line: string) => void;
    browser?: BrowserChoice;
  } = {},
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
  const withBrowsers = options.browser === 'firefox' ? firefoxBrowsers : chromiumBrowsers;
  try {
    return await withBrowsers(dist, (browsers) =>
      benchIn(browsers, { folders, url: (path) => server.url(path), runs, log }),
    ).then((report) => ({ ...report, browser: options.browser ?? 'chromium' }));
  } finally {
    await server.close();
  }
}

/** Every page in turn, each load with the extension right after a bare parse of the same page. */
async function benchIn(
  browsers: BenchBrowsers,
  {
    folders,
    url,
    runs,
    log,
  }: { folders: string[]; url: (path: string) => string; runs: number; log: (line: string) => void },
): Promise<BenchReport> {
  const urls = folders.map((f) => url(`/newspages/${f}/source.html`));
  const pages: PageResult[] = [];
  const warmUpReadability = await browsers.bare(url(WARM_UP));
  const firstPage = passResult(
    'demo/index.html',
    await browsers.pass(url(WARM_UP), 'paint'),
    warmUpReadability,
  );
  const readability: (number | null)[] = [];
  for (const [i, folder] of folders.entries()) {
    const readings: (PassReading | null)[] = [];
    const bare: number[] = [];
    for (let run = 0; run < runs; run++) {
      // Both sides of a page's ratio are measured under the same load on the machine.
      const ms = await browsers.bare(urls[i]!);
      if (ms !== null) bare.push(ms);
      readings.push(await browsers.pass(urls[i]!, 'paint'));
    }
    readability.push(median(bare));
    const result = medianRun(readings.map((reading) => passResult(folder, reading, readability[i]!)));
    pages.push(result);
    log(`${i + 1}/${folders.length} ${folder}${result.passMs === null ? ' (no paint measure)' : ''}`);
  }
  // Left out where the background cannot be stopped (Firefox's event page): there is no such reading.
  let wokenPage: PageResult | undefined;
  if (folders.length && (await browsers.stopBackground())) {
    wokenPage = passResult(folders[0]!, await browsers.pass(urls[0]!, 'paint'), readability[0] ?? null);
  }
  const detects: number[] = [];
  for (let run = 0; run < NOT_ARTICLE_RUNS; run++) {
    const detect = (await browsers.pass(url('/demo/front.html'), 'detect'))?.first['sourcelight:detect'];
    if (detect) detects.push(detect[1]);
  }
  return { pages, notArticleDetectMs: median(detects), firstPage, wokenPage, runs };
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
  const browserAt = args.indexOf('--browser');
  const browser = browserAt >= 0 ? (args.splice(browserAt, 2)[1] as BrowserChoice) : 'chromium';
  const report = await benchPages({ only: args, runs, browser, log: (line) => console.error(line) });
  console.log(formatBench(report));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
  const failures = checkFloors(report);
  console.log(failures.length ? `\nfloors: FAIL\n- ${failures.join('\n- ')}` : '\nfloors: PASS');
  process.exitCode = strict && failures.length ? 1 : 0;
}
