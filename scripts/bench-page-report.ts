// The page benchmark's results: their shape, the floors of issue 4, and the table printed per page.
export const STAGES = ['detect', 'extract', 'analyze', 'anchor', 'paint'] as const;
export type Stage = (typeof STAGES)[number];

/** Floors from issue 4. */
export const FLOORS = { passVsReadability: 1.5, longestTaskMs: 50, notArticleDetectMs: 1 } as const;
/** How many offending pages a floor line names (the JSON output has them all). */
const NAMED_OFFENDERS = 8;

export interface PageResult {
  readonly page: string;
  /** Duration of each sourcelight:<stage> measure (first occurrence), ms; null when absent. */
  readonly stages: Readonly<Record<Stage, number | null>>;
  /** Sum of the stage measures: the main-thread work of the pass (the content script measures busy time). */
  readonly busyMs: number | null;
  /** Wall time from the detect measure's start to the paint measure's end (yields, import(), storage). */
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

export const median = (values: readonly number[]): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const ratioOf = (value: number | null, base: number | null) => (value !== null && base ? value / base : null);

function ratioFloor(
  report: BenchReport,
  label: string,
  pick: (p: PageResult) => number | null,
): string | null {
  const ratios = report.pages
    .map((p) => ({ page: p.page, ratio: ratioOf(pick(p), p.readabilityMs) }))
    .filter((r): r is { page: string; ratio: number } => r.ratio !== null);
  const over = ratios.filter((r) => r.ratio > FLOORS.passVsReadability).sort((a, b) => b.ratio - a.ratio);
  if (over.length === 0) return null;
  const worst = over.slice(0, NAMED_OFFENDERS).map((r) => `${r.page} ${r.ratio.toFixed(2)}×`);
  return (
    `${label} > ${FLOORS.passVsReadability}× Readability on ${over.length}/${ratios.length} pages ` +
    `(median ${median(ratios.map((r) => r.ratio))!.toFixed(2)}×; worst: ${worst.join(', ')})`
  );
}

/** Floor violations, empty when every floor holds; each ratio floor is judged page by page. */
export function checkFloors(report: BenchReport): string[] {
  const failures: string[] = [];
  const missing = report.pages.filter((p) => p.passMs === null).map((p) => p.page);
  if (missing.length) failures.push(`no paint measure on ${missing.length} page(s): ${missing.join(', ')}`);
  for (const line of [
    ratioFloor(report, 'main-thread work (sum of stages)', (p) => p.busyMs),
    ratioFloor(report, 'wall pass (detect start → paint end)', (p) => p.passMs),
  ]) {
    if (line) failures.push(line);
  }
  const slow = report.pages
    .filter((p) => p.longestTaskMs > FLOORS.longestTaskMs)
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

const ms = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const times = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);

/** A fixed-width table: one row per page, then the medians. */
export function formatBench(report: BenchReport): string {
  const head = [
    'page',
    ...STAGES,
    'busy',
    'pass',
    'DCL→paint',
    'Readability',
    'busy/R',
    'pass/R',
    'long task',
  ];
  const row = (p: PageResult) => [
    p.page.slice(0, 40),
    ...STAGES.map((s) => ms(p.stages[s])),
    ms(p.busyMs),
    ms(p.passMs),
    ms(p.dclToPaintMs),
    ms(p.readabilityMs),
    times(ratioOf(p.busyMs, p.readabilityMs)),
    times(ratioOf(p.passMs, p.readabilityMs)),
    p.longestTaskMs ? ms(p.longestTaskMs) : '<50',
  ];
  const col = (pick: (p: PageResult) => number | null) =>
    median(report.pages.map(pick).filter((v): v is number => v !== null));
  const medians = [
    'median',
    ...STAGES.map((s) => ms(col((p) => p.stages[s]))),
    ms(col((p) => p.busyMs)),
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
    'ms; busy = sum of the sourcelight:* measures; pass = detect start → paint end (wall);',
    'R = bare Readability parse of the same page; long task = longtask entries (≥ 50 ms) overlapping the pass',
  ].join('\n');
}
