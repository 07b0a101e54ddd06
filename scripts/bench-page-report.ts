// The page benchmark's results: their shape, the floors of issue 4, and the table printed per page.
export const STAGES = ['detect', 'extract', 'analyze', 'anchor', 'paint'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Floors from issues 4 and 15. The page's main-thread work (busy/R) is what a pass costs the page: ≤ 1.5×.
 * The wall pass (detect start → paint end, waits included: the background's answer, a frame) is how soon the
 * reader sees highlights: ≤ 1.2× a bare Readability parse of the same page (issue 15), on every page.
 */
export const FLOORS = {
  passVsReadability: 1.5,
  wallVsReadability: 1.2,
  longestTaskMs: 50,
  notArticleDetectMs: 1,
} as const;
/** How many offending pages a floor line names (the JSON output has them all). */
const NAMED_OFFENDERS = 8;

export interface PageResult {
  readonly page: string;
  /**
   * Duration of each sourcelight:<stage> measure (first occurrence), ms; null when absent. For analyze done in
   * the background this is the page's wait for the answer (wall), not work on the page's main thread.
   */
  readonly stages: Readonly<Record<Stage, number | null>>;
  /** Where the core's analysis ran (the analyze measure's detail); null when unknown. */
  readonly analyzedIn: 'page' | 'background' | null;
  /** Time the background spent analysing (off the page's main thread); null when analysed in the page. */
  readonly backgroundMs: number | null;
  /** Why the page analysed on its own (no answer, an error, a timeout); null otherwise. */
  readonly analyzeMiss?: string | null;
  /**
   * The page's main-thread work for the pass: the stage measures, counting analyze only as what it cost the
   * page (all of it in the page; the send when in the background). The floor is judged on this figure.
   */
  readonly busyMs: number | null;
  /** Wall time from the detect measure's start to the paint measure's end (storage, import(), frame, waits). */
  readonly passMs: number | null;
  /** From the detect measure's end to the extract measure's start: loading the analyzer, reading settings. */
  readonly loadWaitMs?: number | null;
  /** From DOMContentLoaded to the paint measure's end (includes waiting for document_idle). */
  readonly dclToPaintMs: number | null;
  /** `new Readability(document.cloneNode(true)).parse()` in a browser without the extension. */
  readonly readabilityMs: number | null;
  /** Longest long task (≥ 50 ms, PerformanceObserver 'longtask') overlapping the pass; 0 when none. */
  readonly longestTaskMs: number;
  /**
   * Where the wall time went: every sourcelight* measure (stages and diagnostic parts) as [start, duration],
   * the start relative to the detect measure's start, ms; with DOMContentLoaded as `dcl`. JSON only.
   */
  readonly timeline?: Readonly<Record<string, readonly [number, number]>>;
}

export interface BenchReport {
  readonly pages: readonly PageResult[];
  /** Median detect measure on a non-article page (demo/front.html). */
  readonly notArticleDetectMs: number | null;
  /** The first page of the session (the demo page, not counted above): a worker that has never analysed. */
  readonly firstPage?: PageResult | null;
  /** A page loaded right after the service worker was stopped: waking it is part of the wait. */
  readonly wokenPage?: PageResult | null;
  /** Loads per page (with and without the extension); each figure is the median load's. */
  readonly runs?: number;
  /** Firefox has no long-task entries: there the long-task column and floor are not measured. */
  readonly browser?: 'chromium' | 'firefox';
}

export const median = (values: readonly number[]): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * One page's loads → the load with the median main-thread work (its stages stay together), but the
 * longest task of any load: a long task that happened once did happen.
 */
export function medianRun(results: readonly PageResult[]): PageResult {
  const measured = results.filter((r) => r.busyMs !== null).sort((a, b) => a.busyMs! - b.busyMs!);
  const chosen = measured[(measured.length - 1) >> 1] ?? results[0]!;
  return { ...chosen, longestTaskMs: Math.max(0, ...results.map((r) => r.longestTaskMs)) };
}

const ratioOf = (value: number | null, base: number | null) => (value !== null && base ? value / base : null);

function ratioLine(
  report: BenchReport,
  label: string,
  pick: (p: PageResult) => number | null,
  limit: number,
): string | null {
  const ratios = report.pages
    .map((p) => ({ page: p.page, ratio: ratioOf(pick(p), p.readabilityMs) }))
    .filter((r): r is { page: string; ratio: number } => r.ratio !== null);
  const over = ratios.filter((r) => r.ratio > limit).sort((a, b) => b.ratio - a.ratio);
  if (over.length === 0) return null;
  const worst = over.slice(0, NAMED_OFFENDERS).map((r) => `${r.page} ${r.ratio.toFixed(2)}×`);
  return (
    `${label} > ${limit}× Readability on ${over.length}/${ratios.length} pages ` +
    `(median ${median(ratios.map((r) => r.ratio))!.toFixed(2)}×; worst: ${worst.join(', ')})`
  );
}

/** Floor violations, empty when every floor holds; the ratio floors are judged page by page. */
export function checkFloors(report: BenchReport): string[] {
  const failures: string[] = [];
  const missing = report.pages.filter((p) => p.passMs === null).map((p) => p.page);
  if (missing.length) failures.push(`no paint measure on ${missing.length} page(s): ${missing.join(', ')}`);
  const busy = ratioLine(report, 'main-thread work (busy)', (p) => p.busyMs, FLOORS.passVsReadability);
  if (busy) failures.push(busy);
  const wall = ratioLine(report, WALL, (p) => p.passMs, FLOORS.wallVsReadability);
  if (wall) failures.push(wall);
  const slow = report.pages
    .filter((p) => report.browser !== 'firefox' && p.longestTaskMs > FLOORS.longestTaskMs)
    .sort((a, b) => b.longestTaskMs - a.longestTaskMs);
  if (slow.length) {
    const worst = slow.slice(0, NAMED_OFFENDERS).map((p) => `${p.page} ${p.longestTaskMs.toFixed(0)} ms`);
    failures.push(
      `a task > ${FLOORS.longestTaskMs} ms during the pass on ${slow.length} page(s) (worst: ${worst.join(', ')})`,
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

const WALL = 'wall pass (detect start → paint end)';

/** Figures shown beside the floors: the wall pass's spread, and the work done in the background. */
export function reportNotes(report: BenchReport): string[] {
  const notes: string[] = [];
  const walls = report.pages.map((p) => ratioOf(p.passMs, p.readabilityMs)).filter(isNumber);
  const over = walls.filter((r) => r > FLOORS.wallVsReadability).length;
  notes.push(
    `${WALL} / Readability: median ${times(median(walls))}, worst ${times(walls.length ? Math.max(...walls) : null)}, ` +
      `over ${FLOORS.wallVsReadability}× on ${over}/${walls.length} pages`,
  );
  const where = (w: PageResult['analyzedIn']) => report.pages.filter((p) => p.analyzedIn === w).length;
  const misses = [...new Set(report.pages.map((p) => p.analyzeMiss).filter(Boolean))];
  notes.push(
    `analyze ran in the background on ${where('background')} page(s), in the page on ${where('page')}` +
      `${misses.length ? ` (${misses.join('; ')})` : ''}; ` +
      `median background work ${ms(median(report.pages.map((p) => p.backgroundMs).filter(isNumber)))} ms, ` +
      `median page wait ${ms(median(report.pages.map((p) => p.stages.analyze).filter(isNumber)))} ms`,
  );
  const one = (label: string, p: PageResult | null | undefined) =>
    p
      ? `${label}: pass ${ms(p.passMs)} ms, busy ${ms(p.busyMs)} ms, analyze ${ms(p.stages.analyze)} ms ` +
        `(${p.analyzedIn ?? '?'}${p.backgroundMs !== null ? `, background work ${ms(p.backgroundMs)} ms` : ''})`
      : `${label}: no reading`;
  if (report.firstPage !== undefined) notes.push(one('first page of the session (demo)', report.firstPage));
  if (report.wokenPage !== undefined)
    notes.push(one(`after the worker was stopped (${report.wokenPage?.page ?? '?'})`, report.wokenPage));
  return notes;
}

const isNumber = (v: number | null): v is number => v !== null;
const ms = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const times = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);

/** A fixed-width table: one row per page, then the medians. */
export function formatBench(report: BenchReport): string {
  const head = [
    'page',
    ...STAGES,
    'in',
    'bg work',
    'busy',
    'load',
    'pass',
    'DCL→paint',
    'Readability',
    'busy/R',
    'pass/R',
    'long task',
  ];
  const where = (p: PageResult) => (p.analyzedIn === 'background' ? 'bg' : (p.analyzedIn ?? '—'));
  const row = (p: PageResult) => [
    p.page.slice(0, 40),
    ...STAGES.map((s) => ms(p.stages[s])),
    where(p),
    ms(p.backgroundMs),
    ms(p.busyMs),
    ms(p.loadWaitMs ?? null),
    ms(p.passMs),
    ms(p.dclToPaintMs),
    ms(p.readabilityMs),
    times(ratioOf(p.busyMs, p.readabilityMs)),
    times(ratioOf(p.passMs, p.readabilityMs)),
    report.browser === 'firefox' ? 'n/a' : p.longestTaskMs ? ms(p.longestTaskMs) : '<50',
  ];
  const col = (pick: (p: PageResult) => number | null) => median(report.pages.map(pick).filter(isNumber));
  const medians = [
    'median',
    ...STAGES.map((s) => ms(col((p) => p.stages[s]))),
    '',
    ms(col((p) => p.backgroundMs)),
    ms(col((p) => p.busyMs)),
    ms(col((p) => p.loadWaitMs ?? null)),
    ms(col((p) => p.passMs)),
    ms(col((p) => p.dclToPaintMs)),
    ms(col((p) => p.readabilityMs)),
    times(col((p) => ratioOf(p.busyMs, p.readabilityMs))),
    times(col((p) => ratioOf(p.passMs, p.readabilityMs))),
    `${ms(Math.max(0, ...report.pages.map((p) => p.longestTaskMs)))} max`,
  ];
  const rows = [head, ...report.pages.map(row), medians];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [
    ...rows.map(line),
    '',
    `non-article page (demo/front.html), median detect: ${ms(report.notArticleDetectMs)} ms`,
    ...reportNotes(report),
    '',
    `${report.runs ?? 1} load(s) per page, the median kept (--runs N), in ${report.browser ?? 'chromium'}.`,
    'ms. Stage columns are the sourcelight:* measures; analyze "in bg" is the page\'s wait for the background',
    '(service worker), whose own work is "bg work". busy = the page\'s main-thread work (stages, analyze only',
    "as the send when in bg); load = detect end → extract start (the analyzer's import, the settings);",
    'pass = detect start → paint end (wall). R = bare Readability parse of the page.',
    `Floors: busy/R ≤ ${FLOORS.passVsReadability} and pass/R ≤ ${FLOORS.wallVsReadability} on every page; no long task`,
    `(≥ 50 ms, longtask entries) over ${FLOORS.longestTaskMs} ms overlapping the pass; non-article detect ≤ ${FLOORS.notArticleDetectMs} ms.`,
  ].join('\n');
}
