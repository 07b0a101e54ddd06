// Page-level benchmark in Chromium: every saved page in ../shared/newspages with the BUILT extension
// (`${SOURCELIGHT_DIST ?? 'dist'}/chrome`), split into the content script's sourcelight:* measures, side by
// side with a bare Readability parse of the same page in a browser without the extension; plus the longest
// main-thread task during the pass and, on a non-article page, what the detector costs.
// Floors (issue 4): whole pass ≤ 1.5 × bare Readability; no task > 50 ms; a non-article page ≤ 1 ms.
//   npx tsx scripts/bench-page.ts [folder-substring …] [--json out.json] [--strict]
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs } from '../test/e2e/harness/chromium';
import { NEWSPAGES_DIR, startServer, type StaticServer } from './serve.mjs';

const STAGES = ['detect', 'extract', 'analyze', 'anchor', 'paint'] as const;
type Stage = (typeof STAGES)[number];

/** Floors from issue 4. */
export const FLOORS = { passVsReadability: 1.5, longestTaskMs: 50, notArticleDetectMs: 1 } as const;
/** How long one page may take to reach its paint measure before it counts as "no pass". */
const PAGE_TIMEOUT_MS = 30_000;
/** Runs of the non-article page; the detector is tiny, so take a median. */
const NOT_ARTICLE_RUNS = 5;
const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';

export interface PageResult {
  readonly page: string;
  /** Duration of each sourcelight:<stage> measure (first occurrence), ms; null when absent. */
  readonly stages: Readonly<Record<Stage, number | null>>;
  /** From the detect measure's start to the paint measure's end. */
  readonly passMs: number | null;
  /** From DOMContentLoaded to the paint measure's end (includes waiting for document_idle). */
  readonly dclToPaintMs: number | null;
  /** `new Readability(document.cloneNode(true)).parse()` in a browser without the extension. */
  readonly readabilityMs: number | null;
  /** Longest long task (≥ 50 ms, PerformanceObserver 'longtask') overlapping the pass; 0 when none. */
  readonly longestTaskMs: number;
}

export interface BenchReport {
  readonly pages: readonly PageResult[];
  /** Median detect measure on a non-article page (demo/front.html). */
  readonly notArticleDetectMs: number | null;
}

const median = (values: readonly number[]): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

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
    if (m.name.startsWith('sourcelight:') && !(m.name in first)) first[m.name] = [m.startTime, m.duration];
  }
  const nav = performance.getEntriesByType('navigation')[0];
  done({ first, dcl: nav ? nav.domContentLoadedEventStart : null, tasks: window.__sourcelightBenchTasks || [] });
}, 0)))`;

interface PassReading {
  first: Record<string, [number, number]>;
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
  return {
    page,
    stages,
    passMs: paintEnd !== null && passStart !== null ? paintEnd - passStart : null,
    dclToPaintMs: paintEnd !== null && reading?.dcl != null ? paintEnd - reading.dcl : null,
    readabilityMs,
    longestTaskMs,
  };
}

async function readabilityTimes(server: StaticServer, urls: readonly string[]): Promise<(number | null)[]> {
  const source = readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(null),
  });
  try {
    const context = await browser.newContext();
    const out: (number | null)[] = [];
    for (const url of urls) {
      const page = await context.newPage();
      try {
        await page.goto(server.url(url), { waitUntil: 'load' });
        const ms = await page.evaluate(`(() => { ${source};
          const t0 = performance.now();
          new Readability(document.cloneNode(true)).parse();
          return performance.now() - t0; })()`);
        out.push(ms as number);
      } catch {
        out.push(null);
      }
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
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
    if (context.serviceWorkers().length === 0)
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    return await use(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
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
  options: { dist?: string; only?: readonly string[]; log?: (line: string) => void } = {},
): Promise<BenchReport> {
  const dist = options.dist ?? process.env.SOURCELIGHT_DIST ?? 'dist';
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
    log(`bare Readability on ${urls.length} pages…`);
    const readability = await readabilityTimes(server, urls);
    return await withExtension(dist, async (context) => {
      const pages: PageResult[] = [];
      for (const [i, folder] of folders.entries()) {
        const reading = await readPass(context, server.url(urls[i]!), 'paint');
        pages.push(passResult(folder, reading, readability[i] ?? null));
        log(`${i + 1}/${folders.length} ${folder}${reading ? '' : ' (no paint measure)'}`);
      }
      const detects: number[] = [];
      for (let run = 0; run < NOT_ARTICLE_RUNS; run++) {
        const reading = await readPass(context, server.url('/demo/front.html'), 'detect');
        const detect = reading?.first['sourcelight:detect'];
        if (detect) detects.push(detect[1]);
      }
      return { pages, notArticleDetectMs: median(detects) };
    });
  } finally {
    await server.close();
  }
}

/** Floor violations; empty when every floor holds. Ratios are judged per page and on the medians. */
export function checkFloors(report: BenchReport): string[] {
  const failures: string[] = [];
  const measured = report.pages.filter((p) => p.passMs !== null && p.readabilityMs !== null);
  const missing = report.pages.filter((p) => p.passMs === null).map((p) => p.page);
  if (missing.length) failures.push(`no paint measure on ${missing.length} page(s): ${missing.join(', ')}`);
  const over = measured.filter((p) => p.passMs! > FLOORS.passVsReadability * p.readabilityMs!);
  if (over.length) {
    failures.push(
      `pass > ${FLOORS.passVsReadability}× Readability on ${over.length}/${measured.length}: ` +
        over.map((p) => `${p.page} (${(p.passMs! / p.readabilityMs!).toFixed(2)}×)`).join(', '),
    );
  }
  const slow = report.pages.filter((p) => p.longestTaskMs > FLOORS.longestTaskMs);
  if (slow.length) {
    failures.push(
      `task > ${FLOORS.longestTaskMs} ms during the pass on ${slow.length} page(s): ` +
        slow.map((p) => `${p.page} (${p.longestTaskMs.toFixed(0)} ms)`).join(', '),
    );
  }
  if (report.notArticleDetectMs === null)
    failures.push('no sourcelight:detect measure on the non-article page');
  else if (report.notArticleDetectMs > FLOORS.notArticleDetectMs) {
    failures.push(
      `non-article detect ${report.notArticleDetectMs.toFixed(2)} ms > ${FLOORS.notArticleDetectMs} ms`,
    );
  }
  return failures;
}

const ms = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** A fixed-width table: one row per page, then the medians. */
export function formatBench(report: BenchReport): string {
  const head = ['page', ...STAGES, 'pass', 'DCL→paint', 'Readability', 'ratio', 'longest task'];
  const row = (p: PageResult) => [
    p.page.slice(0, 44),
    ...STAGES.map((s) => ms(p.stages[s])),
    ms(p.passMs),
    ms(p.dclToPaintMs),
    ms(p.readabilityMs),
    p.passMs !== null && p.readabilityMs ? `${(p.passMs / p.readabilityMs).toFixed(2)}×` : '—',
    p.longestTaskMs ? ms(p.longestTaskMs) : '<50',
  ];
  const col = (pick: (p: PageResult) => number | null) =>
    median(report.pages.map(pick).filter((v): v is number => v !== null));
  const ratios = report.pages
    .filter((p) => p.passMs !== null && p.readabilityMs)
    .map((p) => p.passMs! / p.readabilityMs!);
  const medians = [
    'median',
    ...STAGES.map((s) => ms(col((p) => p.stages[s]))),
    ms(col((p) => p.passMs)),
    ms(col((p) => p.dclToPaintMs)),
    ms(col((p) => p.readabilityMs)),
    ratios.length ? `${median(ratios)!.toFixed(2)}×` : '—',
    ms(Math.max(0, ...report.pages.map((p) => p.longestTaskMs))) + ' max',
  ];
  const rows = [head, ...report.pages.map(row), medians];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    ...rows.map(line),
    '',
    `non-article page (demo/front.html), median detect: ${ms(report.notArticleDetectMs)} ms`,
    'times in ms; pass = detect start → paint end; longest task = long tasks (≥ 50 ms) overlapping the pass',
  ].join('\n');
}

// Alone: `npx tsx scripts/bench-page.ts [filters…] [--json out.json] [--strict]`. Floors print PASS/FAIL
// (as in scripts/bench.ts); only --strict turns a missed floor into exit code 1.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  if (strict) args.splice(args.indexOf('--strict'), 1);
  const jsonAt = args.indexOf('--json');
  const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
  const report = await benchPages({ only: args, log: (line) => console.error(line) });
  console.log(formatBench(report));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
  const failures = checkFloors(report);
  console.log(failures.length ? `\nfloors: FAIL\n- ${failures.join('\n- ')}` : '\nfloors: PASS');
  process.exitCode = strict && failures.length ? 1 : 0;
}
