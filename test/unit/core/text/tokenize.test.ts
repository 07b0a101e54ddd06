// The tokenizer reads char codes with ASCII fast paths; these pin what a token is on both paths.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/text/tokenize';

const tokens = (text: string) => tokenize(text, { start: 0, end: text.length });
const texts = (text: string) => tokens(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['Mr. Smith said: "No."', ['Mr', '.', 'Smith', 'said', ':', '"', 'No', '.', '"']],
    ["don't Jean-Luc U.S. AT&T O’Neil", ["don't", 'Jean-Luc', 'U.S', '.', 'AT&T', 'O’Neil']],
    // An inner mark needs a letter or digit after it to stay in the word.
    ['rock- and roll’ now', ['rock', '-', 'and', 'roll', '’', 'now']],
    ["''Yes,'' he said", ["''", 'Yes', ',', "''", 'he', 'said']],
    ['Zürich café Ωmega 42km', ['Zürich', 'café', 'Ωmega', '42km']],
    // A thousands comma stays in its number; a list's comma does not.
    [
      '400,000 fans, $1,200,000 and 2019,2020 or 3,1000',
      ['400,000', 'fans', ',', '$', '1,200,000', 'and', '2019', ',', '2020', 'or', '3', ',', '1000'],
    ],
    // Dashes and curly quotes (general punctuation) are never part of a word; other spaces separate.
    ['“Yes”—no\u00a0more\u2003end', ['“', 'Yes', '”', '—', 'no', 'more', 'end']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets, lower case and capitalisation', () => {
    expect(tokens('Ångström said, ÉLAN 7')).toEqual([
      { start: 0, end: 8, text: 'Ångström', lower: 'ångström', word: true, cap: true },
      { start: 9, end: 13, text: 'said', lower: 'said', word: true, cap: false },
      { start: 13, end: 14, text: ',', lower: ',', word: false, cap: false },
      { start: 15, end: 19, text: 'ÉLAN', lower: 'élan', word: true, cap: true },
      { start: 20, end: 21, text: '7', lower: '7', word: true, cap: false },
    ]);
  });

  it('reads only inside the span', () => {
    const text = 'abc def ghi';
    expect(tokenize(text, { start: 2, end: 6 }).map((t) => t.text)).toEqual(['c', 'de']);
    // A word that reaches the span's end with an inner mark stops before the mark.
    expect(tokenize("it's", { start: 0, end: 3 }).map((t) => t.text)).toEqual(['it', "'"]);
  });
});
