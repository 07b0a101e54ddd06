// One analysis → its text in the output format. Runs where the analysis ran (a worker thread when there
// are several), so the main thread only frames and writes.
import type { Analysis } from '../core/types';
import { toJsonLine, toJsonRecord, toTable } from '../shared/export';
import { codepointOffsets } from './codepoint-offsets';
import type { Doc } from './document';
import type { Format, Offsets } from './parse-args';

export interface RenderOptions {
  readonly format: Format;
  readonly offsets: Offsets;
  /** Table width; undefined when stdout is not a terminal. */
  readonly width?: number;
}

type JsonRecord = ReturnType<typeof toJsonRecord>;
type Span = { readonly start: number; readonly end: number };
type Statement = JsonRecord['statements'][number];

function withCodepoints(record: JsonRecord, text: string): JsonRecord {
  const at = codepointOffsets(text);
  const span = <T extends Span>(s: T): T => ({ ...s, start: at(s.start), end: at(s.end) });
  const statement = (s: Statement): Statement => ({
    ...span(s),
    cue: s.cue && span(s.cue),
    speaker: s.speaker && { ...s.speaker, mention: s.speaker.mention && span(s.speaker.mention) },
  });
  return { ...record, statements: record.statements.map(statement) };
}

/** The JSON value of one record: files carry "input"; JSONL and WARC records their "id" and "url". */
function recordValue(doc: Doc, analysis: Analysis, text: string, offsets: Offsets): object {
  const record = toJsonRecord(doc.name, analysis);
  const converted = offsets === 'codepoint' ? withCodepoints(record, text) : record;
  if (!doc.record) return converted;
  const { input: _input, ...rest } = converted;
  return { id: doc.record.id, url: doc.record.url, ...rest };
}

/** The record's body: a jsonl line (no newline), an indented json array element, or a table. */
export function renderRecord(doc: Doc, analysis: Analysis, text: string, options: RenderOptions): string {
  if (options.format === 'table')
    return toTable(analysis, options.width === undefined ? {} : { width: options.width });
  const value = recordValue(doc, analysis, text, options.offsets);
  // json: indented two more spaces inside the array (JSON escapes newlines in strings, so this
  // re-indent never touches string content).
  return options.format === 'json' ? toJsonLine(value, 2).replace(/\n/g, '\n  ') : toJsonLine(value);
}

/** The in-band record of a JSONL/WARC document that failed, framed like the others. */
export const errorRecordBody = (id: unknown, error: string, format: Format): string =>
  format === 'json' ? toJsonLine({ id, error }, 2).replace(/\n/g, '\n  ') : toJsonLine({ id, error });
