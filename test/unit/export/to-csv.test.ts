import { describe, expect, it } from 'vitest';
import { csvField, CSV_COLUMNS, toCsv } from '../../../src/shared/export';
import { analysis, empty } from './fixtures';

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
    });
    expect(byColumn(rows[2]!)).toMatchObject({
      text: 'the talks\nwere over',
      speaker: '',
      cue: '',
      outlet: '',
    });
  });

  it('writes only the header for no statements', () => {
    expect(toCsv(empty)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
