// The clock of the pass: each stage is measured (performance.measure, read by the bench from the page,
// only when the RECORD_TIMINGS_KEY setting asks) and the main thread is handed back between tasks and
// chunks (stage.ts puts these to work).
import browser from 'webextension-polyfill';
import { RECORD_TIMINGS_KEY } from '../shared/settings';
import { sawFrame } from './early-frame';

export type Stage = 'detect' | 'extract' | 'analyze' | 'anchor' | 'paint';

/** How a stage ran, kept in the measure's detail for the bench and the hostile suite. */
export interface StageDetail {
  /** Where the work ran (the analyze stage only). */
  readonly where?: 'page' | 'background';
  /** Main-thread time the page spent on the stage (for 'background': sending the request). */
  readonly busyMs: number;
  /**
   * From the stage's start to its end, the page's turns and the waits included: where the stage ended
   * on the clock, which the duration (busy time) does not say once the stage has yielded.
   */
  readonly wallMs: number;
  /** Time the background spent working on it. */
  readonly workMs?: number;
  /** Why the page did the work itself (no answer, an error, a timeout). */
  readonly miss?: string;
}

let recording: Promise<boolean> | null = null;

/** Whether the measures are wanted: storage.local is read once, on the first measure, and never fails. */
function isRecording(): Promise<boolean> {
  recording ??= Promise.resolve()
    .then(() => browser.storage.local.get(RECORD_TIMINGS_KEY))
    .then(
      (stored) => stored[RECORD_TIMINGS_KEY] === true,
      () => false,
    );
  return recording;
}

/**
 * Records `sourcelight:<stage>` starting at `start`; its duration is the time spent working, which for
 * chunked stages excludes the pauses given back to the page (pass `busy`), and for work handed to the
 * background is the page's wait (then `detail` says so). Never throws on the page. Recorded only when the
 * setting is on, once it has been read (the entry keeps the times it was given).
 */
export function measure(
  stage: Stage,
  start: number,
  busy = performance.now() - start,
  detail?: StageDetail,
): void {
  void isRecording().then((on) => {
    if (!on) return;
    try {
      performance.measure(`sourcelight:${stage}`, { start, duration: busy, ...(detail ? { detail } : {}) });
    } catch {
      // Timing is a diagnostic: a page that replaced `performance` must not stop the run.
    }
  });
}

/**
 * A diagnostic part of a stage (`sourcelight-part:<name>`, e.g. the extract stage's clone, parse, locate
 * and text map), recorded like the stage measures, only when asked; the bench's floors never read it.
 */
export function measurePart(name: string, start: number, duration = performance.now() - start): void {
  void isRecording().then((on) => {
    if (!on) return;
    try {
      performance.measure(`sourcelight-part:${name}`, { start, duration });
    } catch {
      // As measure(): never an error on the page.
    }
  });
}

/**
 * Every this many yields, one is a timeout rather than a hop (see yieldToPage). With every third, a page
 * timer due in Firefox waited behind two hops and three of our chunks: the 5 MB article's stalls held
 * three 8-9 ms paint chunks back to back; with every second, two at most.
 */
const TIMEOUT_EVERY = 2;
let yields = 0;
/** The timer as the script found it: a test's fake timers (or a later override) do not hold a yield. */
const timeout = globalThis.setTimeout.bind(globalThis);

const channelHop = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

interface PostTaskScheduler {
  postTask(task: () => void, options: { priority: 'user-visible' }): Promise<void>;
}

/** The page's scheduler.postTask as the script found it (the isolated world's: a page cannot replace it). */
const postTask = (() => {
  const found = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  return typeof found?.postTask === 'function' ? found.postTask.bind(found) : null;
})();

/**
 * A hop behind what the page has queued: a task at the page's default priority where there is a
 * scheduler, else a message-channel hop. Firefox runs posted messages before the page's delayed
 * postTask tasks: a page ticking at 'user-blocking' priority every 5 ms got no tick for the whole of a
 * 2 s loop of 8 ms chunks joined by message hops (every third a timeout, then), and one every 8 ms with
 * postTask hops; Chromium gave it its ticks either way. Not scheduler.yield(): see yieldToPage.
 */
const hop = (): Promise<void> =>
  postTask ? postTask(() => undefined, { priority: 'user-visible' }) : channelHop();

/**
 * Lets the page run (input, paint, its own tasks) before continuing; rejects once `signal` is aborted.
 * Not scheduler.yield(): its continuations outrank the page's input and its user-blocking tasks, so a
 * pass of many chunks was one long stall for the reader (60 chunks of 8 ms: Firefox delivered 1 mouse
 * move in 0.5 s and starved a user-blocking postTask for the whole loop; Chromium held mouse moves
 * 56–131 ms). A hop (above) queues behind what the page has waiting and is not clamped to 4 ms the way
 * nested timeouts are, but Firefox runs hops before timers, so a page's timers waited 70–300 ms behind a
 * pass of message hops alone; every second yield is a timeout, which lets them in.
 */
export async function yieldToPage(signal: AbortSignal): Promise<void> {
  yields = (yields + 1) % TIMEOUT_EVERY;
  await (yields === 0 ? new Promise<void>((resolve) => timeout(resolve, 0)) : hop());
  signal.throwIfAborted();
}

/** Longest wait for a frame: background tabs get no animation frames at all. */
const FRAME_WAIT_MS = 100;

/**
 * Whether the page has rendered at least once: the document_start script saw a frame (early-frame.ts), or
 * the paint timing says so (absent where unsupported; late in Chromium, which waits for presentation).
 */
function hasPainted(): boolean {
  if (sawFrame()) return true;
  try {
    return performance.getEntriesByType('paint').length > 0;
  } catch {
    return false;
  }
}

/**
 * Resolves once the page has rendered a frame, so its initial style and layout work is done before we
 * read computed styles (else the first getComputedStyle pays for the whole page's style recalc). A page
 * that has painted already (the usual case at document_idle) does not wait: its later style work is
 * incremental, and a frame is up to 16 ms of pure waiting.
 */
export function afterFirstPaint(): Promise<void> {
  if (hasPainted()) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    globalThis.requestAnimationFrame?.(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
