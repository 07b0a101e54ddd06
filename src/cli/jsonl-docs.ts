// `--input jsonl`: one {"id", "url"?, "text" | "html"} object per line. A line that is not such an object
// becomes a failure carrying its id (null when unknown), so the stream goes on and the output keeps one
// record per input line.
import type { DocFailure, DocOrFailure } from './document';
import { readCounted } from './read-files';
import { decodeText, describeError, MAX_INPUT_BYTES } from './read-input';
import { splitLines, TOO_LONG } from './split-lines';

type Fields = Record<string, unknown>;

const lineFailure = (input: string, lineNumber: number, error: string) => ({
  name: input,
  record: { id: null, url: null },
  error: `line ${lineNumber}: ${error}`,
});

function lineDoc(fields: Fields, input: string, lineNumber: number): DocOrFailure {
  const { id, url, text, html } = fields;
  const known = typeof id === 'string' || typeof id === 'number';
  const record = { id: known ? id : null, url: typeof url === 'string' ? url : null };
  const fail = (error: string) => ({ ...lineFailure(input, lineNumber, error), record });
  if (!known) return fail('needs an "id" (a string or a number)');
  if (url !== undefined && url !== null && typeof url !== 'string') return fail('"url" must be a string');
  if ((typeof text === 'string') === (typeof html === 'string'))
    return fail('needs exactly one of "text" and "html" (a string)');
  const name = String(id);
  return typeof html === 'string'
    ? { name, record, html: true, content: html }
    : { name, record, html: false, content: text as string };
}

/** One JSONL line, still as bytes: decoding and parsing happen where it is analysed (a worker thread). */
export interface JsonlLine {
  /** The file it came from ("-": stdin), for messages. */
  readonly input: string;
  readonly line: Uint8Array;
  readonly lineNumber: number;
}

export function parseLine({ input, line, lineNumber }: JsonlLine): DocOrFailure {
  const fail = (error: string) => lineFailure(input, lineNumber, error);
  let value: unknown;
  try {
    value = JSON.parse(decodeText(line));
  } catch (error) {
    return fail(error instanceof SyntaxError ? 'not valid JSON' : describeError(error));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  return lineDoc(value as Fields, input, lineNumber);
}

/** Only spaces, tabs and CRs: found at the first other byte, so a long record costs nothing here. */
const isBlank = (line: Buffer | typeof TOO_LONG) =>
  line !== TOO_LONG && line.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d);

/** The documents of each JSONL input in turn ("-" is stdin); an unreadable input is one failure without a record. */
export async function* jsonlDocs(
  inputs: readonly string[],
  stdin: AsyncIterable<Uint8Array | string>,
  read: (bytes: number) => void = () => {},
): AsyncGenerator<JsonlLine | DocFailure> {
  for (const input of inputs) {
    let lineNumber = 0;
    try {
      for await (const line of splitLines(readCounted(input, stdin, read), MAX_INPUT_BYTES)) {
        lineNumber++;
        // Blank lines (a trailing newline, spacing between records) are not records.
        if (line === TOO_LONG)
          yield lineFailure(input, lineNumber, `too large (over ${MAX_INPUT_BYTES} bytes)`);
        // A copy with its own buffer: a view into the read chunk would send the whole chunk to the worker.
        else if (!isBlank(line)) yield { input, line: new Uint8Array(line), lineNumber };
      }
    } catch (error) {
      yield { name: input, error: describeError(error) };
    }
  }
}
