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

/** A cap on each worker's old generation. V8 grows a heap by a factor that rises with its cap, up to 4×
 * for a cap of 1 GB or more (the default); at 512 MB it is about 2.3×, so garbage is collected sooner. Two
 * workers over a 40 MB stream of corpus texts peaked at 214-216 MB resident instead of 268-270 MB, at the
 * same CPU time. A document too big for the cap (a text of some 15 MB) is run again on a roomy worker. */
const WORKER_OLD_GENERATION_MB = 512;

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

/** `oldGenerationMb`: the workers' cap (tests set a small one); roomy workers have none. */
export interface PoolLimits {
  readonly oldGenerationMb: number;
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
  readonly limits: PoolLimits;
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
    // Copied, not moved: a task sent ahead to a worker that dies is sent again, with its bytes.
    worker.postMessage(job.task);
  }
}

const outOfMemory = (error: Error) => (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';

/** A task that ran its worker out of memory, run once more on a worker of its own without the cap, which
 * ends with it: the cap keeps a long stream's memory down, not a big document from being analysed. */
function runRoomy(pool: Pool, job: Job, error: Error): void {
  const worker = new Worker(pool.url, {
    workerData: { [WORKER_KEY]: pool.options },
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const settle = (result: DocResult) => {
    job.resolve(result);
    void worker.terminate();
  };
  worker.once('message', settle);
  worker.once('error', (failure) => settle(crashed(job.task, failure)));
  worker.once('exit', () => settle(crashed(job.task, error)));
  worker.postMessage(job.task);
}

// A worker that dies fails its task only (the first it had not answered), or runs it again on a roomy
// worker if it ran out of memory; the ones sent ahead go back to the front of the queue, and a new worker
// takes its place.
// One that dies with no task (the bundle does not load) is not replaced: when none is left, every
// waiting task fails with its error instead of the run hanging.
function workerDied(pool: Pool, worker: Worker, error: Error): void {
  const [job, ...ahead] = pool.workers.get(worker) ?? [];
  pool.workers.delete(worker);
  pool.queue.unshift(...ahead);
  if (job) {
    if (outOfMemory(error)) runRoomy(pool, job, error);
    else job.resolve(crashed(job.task, error));
    spawnWorker(pool);
  } else if (pool.workers.size === 0)
    for (const waiting of pool.queue.splice(0)) waiting.resolve(crashed(waiting.task, error));
  dispatch(pool);
}

function spawnWorker(pool: Pool): void {
  const worker = new Worker(pool.url, {
    workerData: { [WORKER_KEY]: pool.options },
    resourceLimits: {
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: pool.limits.oldGenerationMb,
    },
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

export function createWorkerPool(
  size: number,
  url: URL,
  options: RenderOptions,
  limits: PoolLimits = { oldGenerationMb: WORKER_OLD_GENERATION_MB },
): WorkerPool {
  const pool: Pool = {
    url,
    options,
    limits,
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
