// Statements as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a quote mark,
// a comma or a line break. One row per statement; the article's credits are not part of this table.
// Columns added later go at the end, so a sheet that reads columns by position keeps working.
import type { Analysis, Statement } from '../../core/types';
import { speakerLabel } from './speaker-label';

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'kind',
  'text',
  'speaker',
  'speaker_type',
  'role',
  'mention',
  'cue',
  'outlet',
  /** One per entity: group or count speakers by this, not by the name. */
  'speaker_id',
  'speaker_confidence',
  /** Other names the article gives the speaker, separated by "; ". */
  'aliases',
  /** How sure we are that this is a statement at all. */
  'confidence',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

function row(s: Statement): Row {
  return {
    id: s.id,
    start: s.start,
    end: s.end,
    kind: s.kind,
    text: s.text,
    speaker: speakerLabel(s.speaker),
    speaker_type: s.speaker?.type ?? null,
    role: s.speaker?.role ?? null,
    mention: s.speaker?.mention?.text ?? null,
    cue: s.cue?.text ?? null,
    outlet: s.outlet,
    speaker_id: s.speaker?.id ?? null,
    speaker_confidence: s.speaker?.confidence ?? null,
    aliases: s.speaker?.aliases.length ? s.speaker.aliases.join('; ') : null,
    confidence: s.confidence,
  };
}

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); page text is
// untrusted, so such text cells get a leading apostrophe, the usual neutraliser (OWASP). The full-width
// forms (＝ ＋ － ＠) too: some spreadsheets (in Japanese and Chinese locales) read them as the ASCII ones.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: numbers as they are, text guarded against formulas and quoted when RFC 4180 requires it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(analysis: Analysis): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const statement of analysis.statements) {
    const values = row(statement);
    lines.push(CSV_COLUMNS.map((column) => csvField(values[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
