// A worker thread's side of the pool: tasks in, results out, with the extension's extraction.
import { parentPort } from 'node:worker_threads';
import { loadExtractHtml } from './load-extract-html';
import { processTask, type Task } from './process-doc';
import type { RenderOptions } from './render-record';

export function serveTasks(options: RenderOptions): void {
  // One task at a time, answered in the order they came: the pool sends a task ahead (worker-pool.ts)
  // and matches each answer to the oldest task it has not had an answer for. Without the chain, a text
  // sent behind an HTML page would overtake it while the page waits for the extractor to load.
  let last: Promise<unknown> = Promise.resolve();
  parentPort?.on('message', (task: Task) => {
    last = last
      .then(() => processTask(task, loadExtractHtml, options))
      .then((result) => parentPort?.postMessage(result));
  });
}
