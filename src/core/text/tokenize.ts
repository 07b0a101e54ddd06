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
/** ASCII fast paths: tokenising is the hottest loop of the engine. */
const isAlnum = (c: string): boolean => {
  const n = c.charCodeAt(0);
  if (n < 128) return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122);
  if (n >= 0x2000 && n <= 0x206f) return false; // general punctuation: dashes, curly quotes
  return ALNUM.test(c);
};
const isSpace = (c: string): boolean => {
  const n = c.charCodeAt(0);
  return n === 32 || n === 10 || n === 9 || n === 13 || (n > 127 && SPACE.test(c));
};
const INNER = new Set(["'", '’', '-', '.', '&']);

export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  let i = span.start;
  while (i < span.end) {
    const c = text.charAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    const word = isAlnum(c);
    if (word) {
      while (j < span.end) {
        const d = text.charAt(j);
        if (isAlnum(d)) j++;
        else if (INNER.has(d) && j + 1 < span.end && isAlnum(text.charAt(j + 1))) j += 2;
        else break;
      }
    } else if (c === "'" && text[j] === "'") j++; // '' used as a double quote mark
    const t = text.slice(i, j);
    // Punctuation has no case: no lower-casing to pay for on the commonest tokens.
    const lower = word ? t.toLowerCase() : t;
    out.push({ start: i, end: j, text: t, lower, word, cap: word && c !== c.toLowerCase() });
    i = j;
  }
  return out;
}
