// The CLI bench's long streams: the same documents several passes over, timed where each pass's last
// record comes out, so a run shows apart what start-up and V8's warm-up cost (paid once per process and
// per worker) and the steady rate a long archive runs at; and the 1-vs-N-workers report built on them.
import { loadavg } from 'node:os';
import type { CliRun } from './bench-cli-run';
import { median } from './bench-core';

export type Floor = (name: string, pass: boolean, detail: string) => void;
export type Run = Pick<CliRun, 'ms' | 'marksMs'>;

/** Issue 13: N workers give at least this × N the throughput of one. */
const MIN_SCALING_PER_WORKER = 0.7;

/**
 * A stream of `passes` passes over the same documents; its steady rate is taken over the passes after the
 * first `warm`. Every worker is a V8 isolate of its own that interprets, then compiles the analyzer's hot
 * code, and keeps at it for one to two corpus passes of its own (in one isolate: 288 optimisations in its
 * first pass, then 32, 17, 16, 4); N workers each see 1/N of the stream, so warm-up takes N× the documents.
 */
export interface Passes {
  readonly passes: number;
  readonly warm: number;
}

export interface Timing {
  readonly whole: number;
  /** When the first pass's last record came out. */
  readonly firstPass: number;
  /** When the warm-up passes' last record came out. */
  readonly warmMs: number;
  /** Each pass after the warm-up. */
  readonly perPass: number;
}

/** The output lines to time: the ends of the first pass, of the warm-up, and of the stream. */
export const marks = (docs: number, { passes, warm }: Passes) => [docs, docs * warm, docs * passes];

export const repeat = <T>(items: readonly T[], { passes }: Passes): T[] =>
  Array.from({ length: passes }, () => items).flat();

/** Medians over the runs of one configuration, each run timed at `marks`. */
export function timing(runs: readonly Run[], { passes, warm }: Passes): Timing {
  return {
    whole: median(runs.map((r) => r.ms)),
    firstPass: median(runs.map((r) => r.marksMs[0]!)),
    warmMs: median(runs.map((r) => r.marksMs[1]!)),
    perPass: median(runs.map((r) => (r.marksMs[2]! - r.marksMs[1]!) / (passes - warm))),
  };
}

const load = () => `load ${loadavg()[0]!.toFixed(1)}`;

/** Documents per second at 1 and N workers: the whole run, and the steady state after the warm-up. */
export function reportScaling(
  what: string,
  docs: number,
  { one, many, warm }: { one: Timing; many: Timing; warm: number },
  jobs: number,
  floor: Floor,
): void {
  const rate = (ms: number) => `${((docs / ms) * 1000).toFixed(1)} docs/s`;
  const row = (name: string, t: Timing) =>
    console.log(
      `    ${name}  ${t.whole.toFixed(0).padStart(6)} ms; first ${warm} passes ${t.warmMs.toFixed(0)} ms, later ones ${t.perPass.toFixed(0)} ms each (${rate(t.perPass)}; warm-up +${(t.warmMs - warm * t.perPass).toFixed(0)} ms)`,
    );
  console.log(`  ${what} (${load()}):`);
  row('--jobs 1', one);
  row(`--jobs ${jobs}`, many);
  const steady = one.perPass / many.perPass;
  const whole = one.whole / many.whole;
  console.log(`    ${jobs} workers: ${steady.toFixed(2)}× steady state, ${whole.toFixed(2)}× the whole run`);
  console.log(
    `    (steady state: the passes after the first ${warm}, once every worker's V8 isolate has compiled the hot code; a long archive runs at it, the warm-up paid once per worker)`,
  );
  // The floor is on the steady state: a news archive is millions of documents, and each worker's warm-up
  // (seconds of CPU: V8 compiling the same hot code in every isolate) is paid once per run, not per batch.
  // On a batch this short, one worker's warm-up already keeps the second core busy with V8's compiler
  // threads, so the whole-run ratio, printed beside it, stays near 1 on 2 cores.
  floor(
    `CLI: ${jobs} workers, ${what.split(',')[0]}`,
    steady / jobs >= MIN_SCALING_PER_WORKER,
    `steady state ${steady.toFixed(2)}× one worker = ${(steady / jobs).toFixed(2)} × ${jobs} (floor ≥ ${MIN_SCALING_PER_WORKER} × ${jobs}); whole run with start-up and warm-up ${whole.toFixed(2)}×; ${load()}`,
  );
}
