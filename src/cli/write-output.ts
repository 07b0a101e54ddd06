// Output writers: each record goes out as soon as it is ready (a long stream never piles up in memory),
// and a full pipe pauses the run until the reader catches up. Records arrive already rendered
// (render-record.ts); the writers only frame them.
import { oneLine } from '../shared/export';
import type { Format } from './parse-args';

/** The part of a Node stream the CLI writes to (process.stdout, or a PassThrough in tests). */
export interface Sink {
  write(chunk: string): boolean;
  once(event: 'drain' | 'error' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'error' | 'close', listener: () => void): unknown;
}

const EVENTS = ['drain', 'close', 'error'] as const;

/** Resolves once the chunk is accepted; waits for "drain" when the stream's buffer is full. */
export function send(sink: Sink, chunk: string): Promise<void> {
  if (sink.write(chunk)) return Promise.resolve();
  // "close"/"error" also release the wait: a closed pipe (e.g. `| head`) must not hang the run.
  // Whichever comes first removes the other two: left behind, they would pile up on stdout, two for
  // every full pipe (Node warns of a listener leak after ten).
  return new Promise((resolve) => {
    const finish = () => {
      for (const event of EVENTS) sink.off(event, finish);
      resolve();
    };
    for (const event of EVENTS) sink.once(event, finish);
  });
}

export interface OutputWriter {
  /** Called once per record, in input order, with the record's rendered body. */
  record(name: string, body: string): Promise<void>;
  /** Called once at the end, even when some inputs failed. */
  end(): Promise<void>;
}

// `json` is always an array, even for one input, so a script's parser never depends on how many files
// it passed.
function jsonWriter(sink: Sink): OutputWriter {
  let count = 0;
  return {
    record: (_name, body) => send(sink, `${count++ === 0 ? '[\n' : ',\n'}  ${body}`),
    end: () => send(sink, count === 0 ? '[]\n' : '\n]\n'),
  };
}

const jsonlWriter = (sink: Sink): OutputWriter => ({
  record: (_name, body) => send(sink, `${body}\n`),
  end: () => Promise.resolve(),
});

function tableWriter(sink: Sink, headings: boolean): OutputWriter {
  let count = 0;
  return {
    record: (name, body) => {
      // With several inputs, each table gets a heading naming its file (or record).
      const heading = headings
        ? `${count > 0 ? '\n' : ''}== ${name === '-' ? '(stdin)' : oneLine(name)} ==\n`
        : '';
      count++;
      return send(sink, heading + body);
    },
    end: () => Promise.resolve(),
  };
}

export function createWriter(format: Format, sink: Sink, options: { headings: boolean }): OutputWriter {
  if (format === 'json') return jsonWriter(sink);
  if (format === 'jsonl') return jsonlWriter(sink);
  return tableWriter(sink, options.headings);
}
