// Output writers: each record goes out as soon as it is ready (hundreds of files never pile up in memory),
// and a full pipe pauses the run until the reader catches up.
import type { Analysis } from '../core/types';
import { oneLine, toJsonLine, toJsonRecord, toTable } from '../shared/export';
import type { Format } from './parse-args';

/** The part of a Node stream the CLI writes to (process.stdout, or a PassThrough in tests). */
export interface Sink {
  write(chunk: string): boolean;
  once(event: 'drain' | 'error' | 'close', listener: () => void): unknown;
}

/** Resolves once the chunk is accepted; waits for "drain" when the stream's buffer is full. */
export function send(sink: Sink, chunk: string): Promise<void> {
  if (sink.write(chunk)) return Promise.resolve();
  // "close"/"error" also release the wait: a closed pipe (e.g. `| head`) must not hang the run.
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    sink.once('drain', finish);
    sink.once('close', finish);
    sink.once('error', finish);
  });
}

export interface OutputWriter {
  /** Called once per successfully analysed input, in input order. */
  record(input: string, analysis: Analysis): Promise<void>;
  /** Called once at the end, even when some inputs failed. */
  end(): Promise<void>;
}

// `json` is always an array, even for one input, so a script's parser never depends on how many files
// it passed; records are indented two spaces inside it (JSON escapes newlines in strings, so the
// re-indent below never touches string content).
function jsonWriter(sink: Sink): OutputWriter {
  let count = 0;
  return {
    record: (input, analysis) => {
      const body = toJsonLine(toJsonRecord(input, analysis), 2).replace(/\n/g, '\n  ');
      return send(sink, `${count++ === 0 ? '[\n' : ',\n'}  ${body}`);
    },
    end: () => send(sink, count === 0 ? '[]\n' : '\n]\n'),
  };
}

function jsonlWriter(sink: Sink): OutputWriter {
  return {
    record: (input, analysis) => send(sink, `${toJsonLine(toJsonRecord(input, analysis))}\n`),
    end: () => Promise.resolve(),
  };
}

function tableWriter(sink: Sink, width: number | undefined, many: boolean): OutputWriter {
  let count = 0;
  return {
    record: (input, analysis) => {
      // With several inputs, each table gets a heading naming its file.
      const name = input === '-' ? '(stdin)' : oneLine(input);
      const heading = many ? `${count > 0 ? '\n' : ''}== ${name} ==\n` : '';
      count++;
      return send(sink, heading + toTable(analysis, width === undefined ? {} : { width }));
    },
    end: () => Promise.resolve(),
  };
}

export function createWriter(
  format: Format,
  sink: Sink,
  options: { width?: number; inputCount: number },
): OutputWriter {
  if (format === 'json') return jsonWriter(sink);
  if (format === 'jsonl') return jsonlWriter(sink);
  return tableWriter(sink, options.width, options.inputCount > 1);
}
