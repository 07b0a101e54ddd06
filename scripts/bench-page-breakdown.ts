// Where each page's wall pass (detect start → paint end) went, from a page bench's JSON (bench-page.ts
// --json): the pass split into the waits between its stages and the stages' own main-thread work, with
// when the document_start script's steps had finished relative to the detector's start (negative: before).
//   npx tsx scripts/bench-page-breakdown.ts out.json [--all]   (default: only the pages over the wall floor)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FLOORS, median, type BenchReport, type PageResult } from './bench-page-report';

export interface Breakdown {
  readonly page: string;
  readonly ratio: number;
  readonly readabilityMs: number;
  readonly passMs: number;
  /** DOMContentLoaded, relative to the detector's start. */
  readonly dcl: number | null;
  /** When the analyzer's module was there: the preload's load or Chrome's injection, or the entry's import. */
  readonly analyzerAt: number | null;
  /** When the background's answer to the page's copy came (its parse; with its analysis if marked). */
  readonly copyAnsweredAt: number | null;
  /** When the analysis of a parsed copy's text came, after that answer (copy-ahead). */
  readonly aheadAt: number | null;
  /** Detect end → extract start: the analyzer's load, the settings, the session's creation. */
  readonly loadWait: number;
  /** The extract stage's waits: the background's parse, the first frame, yields. */
  readonly extractWait: number;
  /** The analyze stage's wait for the background's analysis. */
  readonly analyzeWait: number;
  /** The anchor and paint stages' waits (yields to the page). */
  readonly tailWait: number;
  /** The stages' main-thread work. */
  readonly busy: number;
}

type Timeline = NonNullable<PageResult['timeline']>;

const endOf = (timeline: Timeline, name: string): number | null => {
  const entry = timeline[name];
  return entry ? entry[0] + entry[1] : null;
};
const startOf = (timeline: Timeline, name: string): number | null => timeline[name]?.[0] ?? null;

/** One page's breakdown; null when its pass was not measured whole. */
export function breakDown(page: PageResult): Breakdown | null {
  const { timeline, passMs, readabilityMs, stages } = page;
  const extractAt = timeline && startOf(timeline, 'extract');
  const analyzeAt = timeline && startOf(timeline, 'analyze');
  if (!timeline || passMs === null || !readabilityMs || extractAt == null || analyzeAt == null) return null;
  const busy = (stage: keyof PageResult['stages']) => stages[stage] ?? 0;
  const analyzeWall = busy('analyze');
  const analyzeBusy = page.analyzedIn === 'background' ? 0 : analyzeWall;
  const analyzeEnd = analyzeAt + analyzeWall;
  return {
    page: page.page,
    ratio: passMs / readabilityMs,
    readabilityMs,
    passMs,
    dcl: startOf(timeline, 'dcl'),
    analyzerAt: ['part:early-session', 'part:early-session-injected', 'part:injected', 'part:import']
      .map((part) => endOf(timeline, part))
      .reduce<number | null>((found, end) => found ?? end, null),
    copyAnsweredAt: endOf(timeline, 'part:copy-sent'),
    aheadAt: endOf(timeline, 'part:copy-ahead'),
    loadWait: extractAt - busy('detect'),
    extractWait: analyzeAt - extractAt - busy('extract'),
    analyzeWait: analyzeWall - analyzeBusy,
    tailWait: passMs - analyzeEnd - busy('anchor') - busy('paint'),
    busy: busy('detect') + busy('extract') + analyzeBusy + busy('anchor') + busy('paint'),
  };
}

const COLUMNS: [string, (b: Breakdown) => number | null][] = [
  ['R', (b) => b.readabilityMs],
  ['pass', (b) => b.passMs],
  ['dcl', (b) => b.dcl],
  ['analyzer@', (b) => b.analyzerAt],
  ['copy@', (b) => b.copyAnsweredAt],
  ['ahead@', (b) => b.aheadAt],
  ['load', (b) => b.loadWait],
  ['extract~', (b) => b.extractWait],
  ['analyze~', (b) => b.analyzeWait],
  ['tail~', (b) => b.tailWait],
  ['busy', (b) => b.busy],
];

/** The table: one row per page (worst first), then the medians and the sums of the waits and work. */
export function formatBreakdown(report: BenchReport, all = false): string {
  const rows = report.pages
    .map(breakDown)
    .filter((b): b is Breakdown => b !== null && (all || b.ratio > FLOORS.wallVsReadability))
    .sort((a, b) => b.ratio - a.ratio);
  const cell = (v: number | null) => (v === null ? '—' : v.toFixed(0));
  const head = ['page', 'pass/R', ...COLUMNS.map(([name]) => name)];
  const lines = rows.map((b) => [
    b.page.slice(0, 40),
    `${b.ratio.toFixed(2)}×`,
    ...COLUMNS.map(([, f]) => cell(f(b))),
  ]);
  const over = (f: (b: Breakdown) => number | null) => rows.map(f).filter((v): v is number => v !== null);
  lines.push(['median', '', ...COLUMNS.map(([, f]) => cell(median(over(f))))]);
  lines.push([
    'sum',
    '',
    ...COLUMNS.map(([name, f]) =>
      /[~]|load|busy|pass/.test(name) ? cell(over(f).reduce((a, v) => a + v, 0)) : '',
    ),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...lines].map((l) => l[i]!.length)));
  const line = (l: string[]) =>
    l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    line(head),
    ...lines.map(line),
    '',
    `${rows.length} page(s)${all ? '' : ` over ${FLOORS.wallVsReadability}× Readability`}, in ${report.browser ?? 'chromium'}; ms.`,
    'dcl, analyzer@, copy@, ahead@: when DOMContentLoaded came, the analyzer module was loaded, the background',
    "answered the page's copy, and its analysis of a parsed copy's text came, relative to the detector's start.",
    'load: detect end → extract start; extract~, analyze~, tail~:',
    "the waits within extract, analyze, and anchor + paint; busy: the stages' main-thread work. pass = load +",
    'the waits + busy.',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [file, ...flags] = process.argv.slice(2);
  if (!file) throw new Error('usage: bench-page-breakdown.ts out.json [--all]');
  const report = JSON.parse(readFileSync(file, 'utf8')) as BenchReport;
  console.log(formatBreakdown(report, flags.includes('--all')));
}
