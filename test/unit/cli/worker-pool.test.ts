// The pool's plumbing with a stand-in worker script (the real one is the built bundle, run by the smoke
// test): results come back for every task, a worker that dies fails only its own task and is replaced
// (the tasks sent ahead to it run on the replacement), and a worker script that cannot start fails the
// tasks instead of hanging the run.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../../src/cli/worker-pool';
import { tempFiles } from './run-cli';

const STAND_IN = `
import { parentPort, workerData } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.name === 'die') process.exit(3);
  if (task.name === 'throw') throw new Error('boom');
  setTimeout(() => parentPort.postMessage({ name: task.name, body: task.content.toUpperCase() + workerData.sourcelightWorker.format }), 5);
});
`;

const options = { format: 'jsonl', offsets: 'utf16' } as const;
const doc = (name: string) => ({ name, html: false, content: name });

function script(source: string): URL {
  const files = tempFiles({ 'worker.mjs': source });
  return pathToFileURL(files['worker.mjs']!);
}

describe('createWorkerPool', () => {
  it('runs every task; a worker that exits or throws fails its task only and is replaced', async () => {
    const pool = createWorkerPool(2, script(STAND_IN), options);
    const names = ['a', 'die', 'b', 'throw', 'c', 'd', 'e'];
    const results = await Promise.all(names.map((name) => pool.run(doc(name))));
    await pool.close();
    expect(results).toEqual([
      { name: 'a', body: 'Ajsonl' },
      { name: 'die', error: 'worker failed: exited with code 3' },
      { name: 'b', body: 'Bjsonl' },
      { name: 'throw', error: 'worker failed: boom' },
      { name: 'c', body: 'Cjsonl' },
      { name: 'd', body: 'Djsonl' },
      { name: 'e', body: 'Ejsonl' },
    ]);
  });

  it('a task sent ahead to a worker that dies runs on its replacement', async () => {
    const pool = createWorkerPool(1, script(STAND_IN), options);
    // One worker takes several tasks at a time: 'b' is already sent to it when 'die' kills it.
    const results = await Promise.all(['die', 'b', 'c'].map((name) => pool.run(doc(name))));
    await pool.close();
    expect(results).toEqual([
      { name: 'die', error: 'worker failed: exited with code 3' },
      { name: 'b', body: 'Bjsonl' },
      { name: 'c', body: 'Cjsonl' },
    ]);
  });

  it('fails the tasks when the worker script does not load', async () => {
    const files = tempFiles({});
    writeFileSync(`${files.dir}/broken.mjs`, 'this is not JavaScript');
    const pool = createWorkerPool(2, pathToFileURL(`${files.dir}/broken.mjs`), options);
    const results = await Promise.all([pool.run(doc('a')), pool.run(doc('b'))]);
    await pool.close();
    for (const result of results)
      expect(result).toMatchObject({ error: expect.stringMatching(/^worker failed: /) });
  });
});
