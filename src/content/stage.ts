// One stage of the pass (extract, analyze, anchor, paint): it times the work the way the bench reads it
// (the `sourcelight:<stage>` measure) and is where the work hands the main thread back to the page,
// between its tasks and between chunks, so no stage's work has to keep its own stopwatch.
import { measure, measurePart, yieldToPage, type Stage, type StageDetail } from './timing';

/** Longest stretch of chunked work before yielding: well under the 50 ms long-task line. */
const CHUNK_BUDGET_MS = 8;
/**
 * Longest stretch after which a stage's start (yieldIfDue) hands the page its turn first, in a page's
 * first pass. Each such yield is a wait behind the page's queued tasks: in Chromium the anchor and paint
 * of the saved articles started 13-20 ms late after one, where the whole pass after the background's
 * answer is 10-15 ms of work (with 20: the wall pass's median 1.16x -> 1.12x bare Readability, pooled
 * over 2 interleaved bench runs). A stretch that got this far is still cut at stage starts, and a stage's
 * chunks add at most CHUNK_BUDGET_MS (and one item) to it: ~30 ms, under the 50 ms long-task line.
 * Refreshes keep CHUNK_BUDGET_MS: on a live page editing one of 2,000 quotes a second, Firefox's ping
 * stalled over 50 ms more often with 20 (9-18 stalls a run against 8-13: bench-hostile.ts).
 */
const FIRST_PASS_STRETCH_MS = 20;
/** A wait this long ended in a task of its own: a settled promise resumes within microseconds. */
const ANOTHER_TASK_MS = 1;
/** Stretches of a stage's work at least this long are diagnostic parts (`<stage>-stretch`): what a stall held.
 * A stretch ends at a yield, or at a wait that ended in another task (the background's answer). */
const STRETCH_PART_MS = 4;

/**
 * When the pass's current stretch of work on the main thread began: at the pass's start, after each
 * yield, and after each wait long enough to have ended in another task. Unknown (-Infinity) counts as long.
 */
let stretchStart = -Infinity;
/** How long a stretch may grow before a stage's start yields (set per pass). */
let stretchBudget = CHUNK_BUDGET_MS;

/** The pass starts a stretch of its own (runPass): a page's first pass, or a refresh. */
export function startStretch(pass: 'first' | 'refresh'): void {
  stretchStart = performance.now();
  stretchBudget = pass === 'first' ? FIRST_PASS_STRETCH_MS : CHUNK_BUDGET_MS;
}

/**
 * The rest of this pass yields at stage starts after CHUNK_BUDGET_MS, as a refresh does: a huge article
 * (analyze-in-sections.ts) has dozens of stage starts, and its first pass's 20 ms stretches, with a
 * chunk added and a collection or a frame after them, were the 5 MB article's stalls over 50 ms.
 */
export function shortenStretches(): void {
  stretchBudget = CHUNK_BUDGET_MS;
}

export interface StageClock {
  readonly signal: AbortSignal;
  /** Lets the page run (input, paint) before going on; rejects once the pass is aborted. */
  yield(): Promise<void>;
  /**
   * yield(), unless the current stretch of work has been short (under FIRST_PASS_STRETCH_MS in a first
   * pass, else CHUNK_BUDGET_MS): each yield is a wait behind whatever the page has queued, and a pass
   * over a short article is a few ms of work.
   */
  yieldIfDue(): Promise<void>;
  /** Waits for what happens off the page's main thread (the background's answer, the first frame). */
  wait<T>(pending: Promise<T>): Promise<T>;
  /** Runs `step` over `items` in chunks of at most CHUNK_BUDGET_MS, yielding between them. */
  chunked<T>(items: readonly T[], step: (item: T) => void): Promise<void>;
  /** Where the work ran (the analyze stage); the stage adds the page's busy time. */
  note(detail: Omit<StageDetail, 'busyMs' | 'wallMs'>): void;
}

/**
 * Runs `work` as the stage `name` and records its measure from the stage's start: the time the page's
 * main thread spent on it (what it waited for or yielded is left out), or, for work the background
 * did, the page's whole wait (the detail then says so). The detail keeps the busy time and the wall time
 * (start to end) apart.
 */
export async function stage<T>(
  name: Stage,
  signal: AbortSignal,
  work: (clock: StageClock) => T | Promise<T>,
): Promise<T> {
  const start = performance.now();
  let away = 0;
  let detail: Omit<StageDetail, 'busyMs' | 'wallMs'> | undefined;
  /** The stretch of work ending `at`, as a diagnostic part when long enough (a yield or a wait ends it). */
  const endStretch = (at: number): void => {
    const from = Math.max(start, stretchStart);
    if (at - from >= STRETCH_PART_MS) measurePart(`${name}-stretch`, from, at - from);
    stretchStart = at;
  };
  const wait = async <R>(pending: Promise<R>): Promise<R> => {
    const from = performance.now();
    try {
      return await pending;
    } finally {
      const end = performance.now();
      away += end - from;
      if (end - from >= ANOTHER_TASK_MS) {
        endStretch(from);
        stretchStart = end;
      }
    }
  };
  const yieldNow = async (): Promise<void> => {
    endStretch(performance.now());
    await wait(yieldToPage(signal));
    stretchStart = performance.now();
  };
  const clock: StageClock = {
    signal,
    wait,
    yield: yieldNow,
    yieldIfDue: async () => {
      if (performance.now() - stretchStart > stretchBudget) return yieldNow();
      signal.throwIfAborted();
    },
    chunked: (items, step) => chunked(items, step, clock),
    note: (where) => void (detail = where),
  };
  const result = await work(clock);
  const wall = performance.now() - start;
  const busy = wall - away;
  measure(name, start, detail?.where === 'background' ? wall : busy, {
    ...detail,
    busyMs: busy,
    wallMs: wall,
  });
  return result;
}

async function chunked<T>(items: readonly T[], step: (item: T) => void, clock: StageClock): Promise<void> {
  let chunkStart = performance.now();
  for (const [index, item] of items.entries()) {
    step(item);
    if (performance.now() - chunkStart > CHUNK_BUDGET_MS && index < items.length - 1) {
      await clock.yield();
      chunkStart = performance.now();
    }
  }
}
