// The pool's plumbing with a stand-in worker script (the real one is the built bundle, run by the smoke
// test): results come back for every task, a worker that dies fails only its own task and is replaced
// (the tasks sent ahead to it run on the replacement, JSONL lines with their bytes), one that runs out of
// memory has its task run again on a worker without the cap, and a worker script that cannot start fails
// the tasks instead of hanging the run.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../../src/cli/worker-pool';
import { tempFiles } from './run-cli';

const STAND_IN = `
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
const kept = [];
parentPort.on('message', (task) => {
  const name = task.line ? new TextDecoder().decode(task.line) : task.name;
  if (name === 'die') process.exit(3);
  if (name === 'throw') throw new Error('boom');
  // Some 40 MB kept alive: more than the tests' 16 MB cap, nothing to an uncapped worker.
  if (name === 'cap') return parentPort.postMessage({ name, body: String(getHeapStatistics().heap_size_limit) });
  if (name === 'hog') for (let i = 0; i < 40; i++) kept.push(new Array(128 * 1024).fill(i));
  setTimeout(() => parentPort.postMessage({ name, body: name.toUpperCase() + workerData.sourcelightWorker.format }), 5);
});
`;

const options = { format: 'jsonl', offsets: 'utf16' } as const;
const doc = (name: string) => ({ name, html: false, content: name });
const line = (text: string, lineNumber: number) => ({
  input: '-',
  line: new TextEncoder().encode(text),
  lineNumber,
});
/** A cap the stand-in's 'hog' task runs out of. */
const small = { oldGenerationMb: 16 };

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

  it('JSONL lines sent ahead to a worker that dies run on its replacement with their bytes', async () => {
    const pool = createWorkerPool(1, script(STAND_IN), options);
    const results = await Promise.all(['die', 'b', 'c'].map((text, i) => pool.run(line(text, i + 1))));
    await pool.close();
    expect(results.map((r) => ('body' in r ? r.body : r.error))).toEqual([
      'line 1: worker failed: exited with code 3',
      'Bjsonl',
      'Cjsonl',
    ]);
  });

  it('a task that runs its worker out of memory runs again on a worker without the cap', async () => {
    const pool = createWorkerPool(1, script(STAND_IN), options, small);
    const [cap, ...results] = await Promise.all(['cap', 'a', 'hog', 'b'].map((name) => pool.run(doc(name))));
    await pool.close();
    // The cap is in force: the worker's heap may hold well under 64 MB (without one, some 4 GB).
    expect(Number(cap && 'body' in cap ? cap.body : NaN) / 2 ** 20).toBeLessThan(64);
    expect(results).toEqual([
      { name: 'a', body: 'Ajsonl' },
      { name: 'hog', body: 'HOGjsonl' },
      { name: 'b', body: 'Bjsonl' },
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
