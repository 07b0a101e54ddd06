// `--jobs N`: N worker threads, each running processTask on one task at a time. A plain queue, no
// scheduler: orderedMap (ordered-map.ts) keeps the output in input order.
import { Worker } from 'node:worker_threads';
import type { DocResult } from './document';
import type { Task } from './process-doc';
import type { RenderOptions } from './render-record';

/** workerData key that makes the bundle, loaded in a worker, serve tasks (see index.ts). */
export const WORKER_KEY = 'sourcelightWorker';

/** V8's default young generation lets each worker hold ~50 MB of short-lived analysis garbage; 16 MB cut
 * the process's peak resident memory from 202 to 165 MB with two workers on the corpus, at the same CPU
 * time (more, smaller scavenges), which keeps a long stream well under issue 13's 300 MB. */
const WORKER_YOUNG_GENERATION_MB = 16;

/** Tasks sent to each worker at a time: it answers them one by one in the order sent (worker-main.ts),
 * and starts the next without waiting for the main thread to read its last result and send another (on
 * a busy machine the main thread may not run for milliseconds, several of a worker's documents: a
 * corpus text takes ~2.5 ms). At 2, the workers idled 10-16 % of the steady state on the corpus; at 8,
 * 1-2 %. More would only pin tasks to a worker that the other could have taken. */
const TASKS_PER_WORKER = 8;

export interface WorkerPool {
  run(task: Task): Promise<DocResult>;
  close(): Promise<void>;
}

interface Job {
  readonly task: Task;
  readonly resolve: (result: DocResult) => void;
}

/** The failure a task gets when its worker dies: in-band for a record, like any other record failure. */
function crashed(task: Task, error: Error): DocResult {
  const failure = `worker failed: ${error.message}`;
  if ('line' in task)
    return {
      name: task.input,
      record: { id: null, url: null },
      error: `line ${task.lineNumber}: ${failure}`,
    };
  return task.record
    ? { name: task.name, record: task.record, error: failure }
    : { name: task.name, error: failure };
}

interface Pool {
  readonly url: URL;
  readonly options: RenderOptions;
  readonly queue: Job[];
  /** Each live worker's tasks in flight, in the order it was sent them (and answers them). */
  readonly workers: Map<Worker, Job[]>;
  closing: boolean;
}

/** The live worker with the fewest tasks in flight, if it can take one more. */
function leastBusy(pool: Pool): Worker | undefined {
  let best: Worker | undefined;
  for (const [worker, jobs] of pool.workers)
    if (jobs.length < TASKS_PER_WORKER && (!best || jobs.length < pool.workers.get(best)!.length))
      best = worker;
  return best;
}

function dispatch(pool: Pool): void {
  for (let worker = leastBusy(pool); worker && pool.queue.length > 0; worker = leastBusy(pool)) {
    const job = pool.queue.shift()!;
    pool.workers.get(worker)!.push(job);
    // A JSONL line's bytes move to the worker instead of being copied.
    worker.postMessage(job.task, 'line' in job.task ? [job.task.line.buffer as ArrayBuffer] : []);
  }
}

// A worker that dies (out of memory on one huge page) fails its task only (the first it had not
// answered); the ones sent ahead go back to the front of the queue, and a new worker takes its place.
// One that dies with no task (the bundle does not load) is not replaced: when none is left, every
// waiting task fails with its error instead of the run hanging.
function workerDied(pool: Pool, worker: Worker, error: Error): void {
  const [job, ...ahead] = pool.workers.get(worker) ?? [];
  pool.workers.delete(worker);
  pool.queue.unshift(...ahead);
  if (job) {
    job.resolve(crashed(job.task, error));
    spawnWorker(pool);
  } else if (pool.workers.size === 0)
    for (const waiting of pool.queue.splice(0)) waiting.resolve(crashed(waiting.task, error));
  dispatch(pool);
}

function spawnWorker(pool: Pool): void {
  const worker = new Worker(pool.url, {
    workerData: { [WORKER_KEY]: pool.options },
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  pool.workers.set(worker, []);
  let failure: Error | null = null;
  worker.on('message', (result: DocResult) => {
    pool.workers.get(worker)?.shift()?.resolve(result);
    dispatch(pool);
  });
  worker.on('error', (error) => (failure = error));
  worker.on('exit', (code) => {
    if (!pool.closing) workerDied(pool, worker, failure ?? new Error(`exited with code ${code}`));
  });
}

export function createWorkerPool(size: number, url: URL, options: RenderOptions): WorkerPool {
  const pool: Pool = {
    url,
    options,
    queue: [],
    workers: new Map(),
    closing: false,
  };
  for (let i = 0; i < size; i++) spawnWorker(pool);
  return {
    run: (task) =>
      new Promise((resolve) => {
        if (pool.workers.size === 0) return resolve(crashed(task, new Error('no worker is running')));
        pool.queue.push({ task, resolve });
        dispatch(pool);
      }),
    close: async () => {
      pool.closing = true;
      await Promise.all([...pool.workers.keys()].map((worker) => worker.terminate()));
    },
  };
}
