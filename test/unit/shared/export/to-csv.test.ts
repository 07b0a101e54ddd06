import { describe, expect, it } from 'vitest';
import { csvField, CSV_COLUMNS, toCsv } from '../../../../src/shared/export';
import { analysis, empty, probable, unresolved, withStatement } from './fixtures';

/** A small RFC 4180 reader, to check the writer by round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    } else {
      field += c;
    }
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'abc', 'abc'],
    ['number', 42, '42'],
    ['null', null, ''],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['plus', '+1', "'+1"],
    ['minus', '-cmd', "'-cmd"],
    ['at', '@SUM(A1)', "'@SUM(A1)"],
    ['full-width equals', '＝HYPERLINK("x")', `"'＝HYPERLINK(""x"")"`],
    ['full-width plus', '＋1', "'＋1"],
    ['full-width minus', '－cmd', "'－cmd"],
    ['full-width at', '＠SUM(A1)', "'＠SUM(A1)"],
    ['negative number stays a number', -3, '-3'],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and one row per statement, round-tripping through an RFC 4180 reader', () => {
    const csv = toCsv(analysis);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const byColumn = (r: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]));
    expect(byColumn(rows[1]!)).toEqual({
      id: 's1',
      start: '10',
      end: '30',
      kind: 'direct',
      text: 'We will, "always" defend',
      speaker: 'Jane Doe',
      speaker_type: 'person',
      role: 'Minister of Defence',
      mention: 'Ms. Doe',
      cue: 'said',
      outlet: 'Reuters',
      speaker_id: 'e1',
      speaker_confidence: '0.9',
      aliases: 'Ms. Doe',
      confidence: '0.9',
    });
    expect(byColumn(rows[2]!)).toMatchObject({
      text: 'the talks\nwere over',
      speaker: '',
      cue: '',
      outlet: '',
      speaker_id: '',
      speaker_confidence: '',
      confidence: '0.6',
    });
  });

  it('keeps the columns it had in their places; new ones come after', () => {
    expect(CSV_COLUMNS.slice(0, 11)).toEqual([
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
    ]);
  });

  const speakerColumns = ['speaker', 'speaker_type', 'mention', 'speaker_id', 'speaker_confidence'] as const;
  it.each([
    [
      'a low-confidence speaker keeps the name; the confidence says how sure',
      probable,
      ['Jane Doe', 'person', 'She', 'e1', '0.7'],
    ],
    [
      'an unresolved "she" is never written as a name',
      unresolved,
      ['Unresolved speaker (“she”)', 'unknown', 'she', 'e2', '0'],
    ],
  ])('%s', (_name, statement, expected) => {
    const [, row] = parseCsv(toCsv(withStatement(statement)));
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row?.[i]]));
    expect(speakerColumns.map((c) => byColumn[c])).toEqual(expected);
  });

  it('writes only the header for no statements', () => {
    expect(toCsv(empty)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
