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
      name: `line ${task.lineNumber}`,
      record: { id: null, url: null },
      error: `line ${task.lineNumber}: ${failure}`,
    };
  return task.record
    ? { name: task.name, record: task.record, error: failure }
    : { name: task.name, error: failure };
}

export function createWorkerPool(size: number, url: URL, options: RenderOptions): WorkerPool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  const workers = new Set<Worker>();
  let closing = false;
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      // A JSONL line's bytes move to the worker instead of being copied.
      worker.postMessage(job.task, 'line' in job.task ? [job.task.line.buffer as ArrayBuffer] : []);
    }
  };
  // A worker that dies (out of memory on one huge page) fails its task only, and a new one takes its
  // place. One that dies with no task (the bundle does not load) is not replaced: when none is left,
  // every waiting task fails with its error instead of the run hanging.
  const died = (worker: Worker, error: Error) => {
    const job = busy.get(worker);
    busy.delete(worker);
    workers.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    if (job) {
      job.resolve(crashed(job.task, error));
      spawn();
    } else if (workers.size === 0)
      for (const waiting of queue.splice(0)) waiting.resolve(crashed(waiting.task, error));
    dispatch();
  };
  const spawn = () => {
    const worker = new Worker(url, {
      workerData: { [WORKER_KEY]: options },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    workers.add(worker);
    idle.push(worker);
    let failure: Error | null = null;
    worker.on('message', (result: DocResult) => {
      busy.get(worker)?.resolve(result);
      busy.delete(worker);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      if (!closing) died(worker, failure ?? new Error(`exited with code ${code}`));
    });
  };
  for (let i = 0; i < size; i++) spawn();
  return {
    run: (task) =>
      new Promise((resolve) => {
        if (workers.size === 0) resolve(crashed(task, new Error('no worker is running')));
        else {
          queue.push({ task, resolve });
          dispatch();
        }
      }),
    close: async () => {
      closing = true;
      await Promise.all([...workers].map((worker) => worker.terminate()));
    },
  };
}
