// `sourcelight analyze`: documents from the chosen source, through the ordered pool (worker threads, or
// the main thread for one job), out in input order with progress on stderr.
import { isFailure, type DocFailure } from './document';
import { fileDocs } from './file-docs';
import { jsonlDocs } from './jsonl-docs';
import type { ExtractorSource } from './load-extract-html';
import { orderedMap } from './ordered-map';
import type { AnalyzeCommand } from './parse-args';
import { processTask, type Task } from './process-doc';
import { totalBytes } from './read-files';
import { createProgress, type Progress } from './progress';
import { errorRecordBody, type RenderOptions } from './render-record';
import { warcDocs } from './warc-docs';
import { createWorkerPool } from './worker-pool';
import { createWriter, type Sink } from './write-output';

export interface AnalyzeIo {
  readonly stdout: Sink;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly columns?: number;
  readonly extractor: ExtractorSource;
  /** The built bundle, which worker threads load; without it every job runs in the main thread. */
  readonly workerUrl?: URL;
  readonly cores: number;
  readonly stderrIsTty: boolean;
  /** Reports an input that failed outside the output (on stderr). */
  readonly reportFailure: (failure: DocFailure) => Promise<void>;
}

/** Tasks in flight per worker (sent to it, queued for it, or done and waiting for an earlier one to be
 * written): the output goes in input order, so while one worker is on a long document the others go on
 * only as far as the window reaches. At 4, two workers over the corpus idled 12-23 % of the steady
 * state waiting on a long document or on the main thread; at 32, 1-2 %. It costs memory, though not
 * for the documents held (a few MB; likely busier workers' heaps): a 200 MB stream peaked at 206-231 MB
 * resident, against 182-193 MB at 4. */
const WINDOW_PER_WORKER = 32;

/** ...and at most these many bytes of input per worker, so a stream of huge documents (up to
 * MAX_INPUT_BYTES each) holds a few of them, not the window's count. A saved news page is ~0.2 MB. */
const WINDOW_BYTES_PER_WORKER = 16 * 1024 * 1024;

/** A task's input size: what it holds in memory while it waits in the window. */
function taskBytes(task: Task): number {
  if ('line' in task) return task.line.byteLength;
  return 'content' in task ? task.content.length : 0;
}

function tasksOf(command: AnalyzeCommand, io: AnalyzeIo, progress: Progress): AsyncIterable<Task> {
  const read = (bytes: number) => progress.read(bytes);
  if (command.input === 'jsonl') return jsonlDocs(command.inputs, io.stdin, read);
  if (command.input === 'warc')
    return warcDocs(command.inputs, io.stdin, (reason) => progress.skipped(reason), read);
  return fileDocs(command.inputs, io.stdin);
}

function runner(command: AnalyzeCommand, io: AnalyzeIo, options: RenderOptions) {
  // One file is one document: more workers than files would only cost their start-up.
  const most = command.input === 'files' ? command.inputs.length : Infinity;
  const jobs = Math.min(command.jobs ?? io.cores, most);
  if (jobs <= 1 || !io.workerUrl)
    return {
      window: { items: 1 },
      run: (task: Task) => processTask(task, io.extractor, options),
      close: () => Promise.resolve(),
    };
  const pool = createWorkerPool(jobs, io.workerUrl, options);
  const window = {
    items: jobs * WINDOW_PER_WORKER,
    bytes: jobs * WINDOW_BYTES_PER_WORKER,
    weight: taskBytes,
  };
  return { window, run: pool.run, close: pool.close };
}

/** An archive's progress runs on bytes: its record count is known only at its end. */
function bytesTotalOf(command: AnalyzeCommand): { bytesTotal?: number } {
  const bytesTotal = totalBytes(command.inputs);
  return bytesTotal === undefined ? {} : { bytesTotal };
}

/** Resolves to true when every input was analysed or reported in-band. */
export async function analyzeAll(command: AnalyzeCommand, io: AnalyzeIo, stderr: Sink): Promise<boolean> {
  const { format, offsets } = command;
  const options: RenderOptions =
    io.columns === undefined ? { format, offsets } : { format, offsets, width: io.columns };
  const writer = createWriter(format, io.stdout, {
    headings: command.input !== 'files' || command.inputs.length > 1,
  });
  const progress = createProgress(stderr, {
    // On a terminal by default, except for one file, which is done before a progress line could help.
    show: command.progress || (io.stderrIsTty && !(command.input === 'files' && command.inputs.length === 1)),
    tty: io.stderrIsTty,
    ...(command.input === 'files' ? { total: command.inputs.length } : bytesTotalOf(command)),
  });
  const { window, run, close } = runner(command, io, options);
  let ok = true;
  try {
    for await (const result of orderedMap(tasksOf(command, io, progress), window, run)) {
      progress.done(isFailure(result));
      if (!isFailure(result)) await writer.record(result.name, result.body);
      // A failed JSONL/WARC record is a record of its own, so the output keeps one per input record.
      else if (result.record && format !== 'table')
        await writer.record(result.name, errorRecordBody(result.record.id, result.error, format));
      else {
        ok = false;
        await io.reportFailure(result);
      }
    }
  } finally {
    await close();
  }
  progress.end();
  await writer.end();
  return ok;
}
