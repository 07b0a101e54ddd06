// Words and punctuation with offsets, by one linear scan (no regex backtracking on hostile input).
import type { Span } from '../types';

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  /** Letters or digits (possibly with inner ' ’ - . &), as opposed to one punctuation character. */
  readonly word: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
}

const ALNUM = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
// Tokenising is the hottest loop of the engine: the tests below read char codes, with ASCII fast paths,
// and make a one-character string only for the rare non-ASCII character a regex must decide.
const isAlnumAt = (text: string, i: number): boolean => {
  const n = text.charCodeAt(i);
  if (n < 128) return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122);
  if (n >= 0x2000 && n <= 0x206f) return false; // general punctuation: dashes, curly quotes
  return ALNUM.test(text.charAt(i));
};
const isSpaceAt = (text: string, i: number): boolean => {
  const n = text.charCodeAt(i);
  return n === 32 || n === 10 || n === 9 || n === 13 || (n > 127 && SPACE.test(text.charAt(i)));
};
/** ' ’ - . & inside a word ("don't", "Jean-Luc", "U.S.", "AT&T"). */
const isInner = (n: number): boolean => n === 0x27 || n === 0x2019 || n === 0x2d || n === 0x2e || n === 0x26;

const isDigitAt = (text: string, i: number): boolean => {
  const n = text.charCodeAt(i);
  return n >= 48 && n <= 57;
};
/** A thousands comma at i: a digit before it, three after it and no fourth ("1,200", not "1,2" or "3,1000"). */
const thousandsAt = (text: string, i: number, end: number): boolean =>
  text.charCodeAt(i) === 0x2c &&
  i + 3 < end &&
  isDigitAt(text, i - 1) &&
  isDigitAt(text, i + 1) &&
  isDigitAt(text, i + 2) &&
  isDigitAt(text, i + 3) &&
  !isDigitAt(text, i + 4);

/** An upper-case letter: changed by lower-casing (ASCII: A–Z). */
const isCapAt = (text: string, i: number): boolean => {
  const n = text.charCodeAt(i);
  if (n < 128) return n >= 65 && n <= 90;
  const c = text.charAt(i);
  return c !== c.toLowerCase();
};

export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  let i = span.start;
  while (i < span.end) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    const word = isAlnumAt(text, i);
    if (word) {
      while (j < span.end) {
        if (isAlnumAt(text, j)) j++;
        else if (isInner(text.charCodeAt(j)) && j + 1 < span.end && isAlnumAt(text, j + 1)) j += 2;
        else if (thousandsAt(text, j, span.end))
          j += 4; // "400,000 subscribers" is one number
        else break;
      }
    } else if (text.charCodeAt(i) === 0x27 && text.charCodeAt(j) === 0x27) j++; // '' used as a double quote mark
    const t = text.slice(i, j);
    // Punctuation has no case: no lower-casing to pay for on the commonest tokens.
    const lower = word ? t.toLowerCase() : t;
    out.push({ start: i, end: j, text: t, lower, word, cap: word && isCapAt(text, i) });
    i = j;
  }
  return out;
}
