// A worker thread's side of the pool: tasks in, results out, with the extension's extraction.
import { parentPort } from 'node:worker_threads';
import { loadExtractHtml } from './load-extract-html';
import { processTask, type Task } from './process-doc';
import type { RenderOptions } from './render-record';

export function serveTasks(options: RenderOptions): void {
  parentPort?.on('message', (task: Task) => {
    void processTask(task, loadExtractHtml, options).then((result) => parentPort?.postMessage(result));
  });
}
