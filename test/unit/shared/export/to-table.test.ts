import { describe, expect, it } from 'vitest';
import { toTable, truncate } from '../../../../src/shared/export';
import { analysis, empty, probable, unresolved, withStatement } from './fixtures';

const codePoints = (s: string) => Array.from(s).length;

describe('truncate', () => {
  it.each([
    ['short', 'abc', 5, 'abc'],
    ['exact', 'abcde', 5, 'abcde'],
    ['cut', 'abcdef', 5, 'abcd…'],
    ['trailing space trimmed', 'ab cdef', 4, 'ab…'],
    ['surrogate pair kept whole', '😀😀😀', 2, '😀…'],
    ['one', 'abc', 1, '…'],
  ])('%s', (_name, text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });
});

describe('toTable', () => {
  it('lists the article, a header, one row per statement, then credits', () => {
    const lines = toTable(analysis, { width: 200 }).split('\n');
    expect(lines[0]).toBe('Title: Talks *end*');
    const header = lines.find((l) => l.startsWith('#'));
    expect(header?.split(/\s{2,}/)).toEqual([
      '#',
      'speaker',
      'conf',
      'type',
      'kind',
      'cue',
      'outlet',
      'statement',
    ]);
    const row = lines.find((l) => l.startsWith('s1'));
    expect(row?.split(/\s{2,}/)).toEqual([
      's1',
      'Jane Doe, Minister of Defence',
      '0.90',
      'person',
      'direct',
      'said',
      'Reuters',
      'We will, "always" defend',
    ]);
    expect(lines.find((l) => l.startsWith('s2'))).toContain('the talks were over');
    expect(lines).toContain('  Reuters (news agency): “(Reuters) -”, “reported by Reuters”');
  });

  it.each([
    ['a low-confidence speaker: the name, and how sure', probable, ['Jane Doe, Minister of Defence', '0.70']],
    ['an unresolved "she" is not a name', unresolved, ['Unresolved speaker (“she”)', '0.00']],
  ])('%s', (_name, statement, expected) => {
    const lines = toTable(withStatement(statement), { width: 200 }).split('\n');
    const row = lines.find((l) => l.startsWith(statement.id));
    expect(row?.split(/\s{2,}/).slice(1, 3)).toEqual(expected);
  });

  it.each([40, 80, 120])('fits width %i when the statement is long', (width) => {
    const table = toTable(withStatement({ text: 'word '.repeat(200) }), { width });
    for (const line of table.split('\n')) expect(codePoints(line)).toBeLessThanOrEqual(Math.max(width, 110));
    const row = table.split('\n').find((l) => l.startsWith('s1')) ?? '';
    expect(row.endsWith('…')).toBe(true);
  });

  it('keeps every row inside a normal terminal width', () => {
    const table = toTable(withStatement({ text: 'x'.repeat(500) }), { width: 100 });
    for (const line of table.split('\n')) expect(codePoints(line)).toBeLessThanOrEqual(100);
  });

  it('strips terminal escapes and line breaks from page text', () => {
    const table = toTable(withStatement({ text: 'a\u001b]0;pwned\u0007b\nc\u202ed' }), { width: 200 });
    for (const c of ['\u001b', '\u0007', '\u202e']) expect(table).not.toContain(c);
    expect(table.split('\n').find((l) => l.startsWith('s1'))).toContain('a]0;pwnedb cd');
  });

  it('says so when nothing was found', () => {
    expect(toTable(empty)).toBe('No statements found.\n\nCredits: none found\n');
  });

  it.each([
    ['de', 'Not read: this text is in German; Sourcelight reads English articles.'],
    [null, 'Not read: this text is in a language other than English; Sourcelight reads English articles.'],
    [
      'not a code',
      'Not read: this text is in a language other than English; Sourcelight reads English articles.',
    ],
  ])('says a text in another language (%s) was not read', (code, line) => {
    expect(toTable({ ...empty, unsupportedLanguage: { code } }).split('\n')[0]).toBe(line);
  });
});
