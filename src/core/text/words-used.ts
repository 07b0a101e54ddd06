// How often a word occurs as written near a place in the text, for telling a line's all-caps label from a
// name (line-label.ts). A text is asked about a few dozen words however long it is, so each asked word is
// found where it is written (indexOf) in the blocks around the place, and only a block asked about many
// times is counted whole: a 2 MB archive of many articles costs its few asked words, not a count of
// every word in it.

import { ARTICLE_CHARS } from './article-length';

/** Every article the engine is built for fits in one block, so there the count is the whole text's. */
const BLOCK = ARTICLE_CHARS;
const WORD = /\p{L}[\p{L}’'-]*/gu;
const ONE_WORD = /^\p{L}[\p{L}’'-]*$/u;
const A_LETTER = /^\p{L}$/u;
/** Distinct words asked about one block before it is counted whole: searching each word costs a scan of
 * three blocks, so past this many a single word count of the block is cheaper. */
const SEARCHES_PER_BLOCK = 8;

/** `count(word, at)`: occurrences of `word` (case as written) in the block holding `at` and its neighbours. */
export type WordCount = (word: string, at: number) => number;

/** The last text counted: a long text's sections each ask about the same text (text/sections.ts), and its
 * answers are kept for all of them. */
let last: { readonly text: string; readonly count: WordCount } | null = null;

export function wordsUsed(text: string): WordCount {
  if (last?.text !== text) last = { text, count: blockCounts(text) };
  return last.count;
}

function blockCounts(text: string): WordCount {
  const counted = new Map<number, ReadonlyMap<string, number>>();
  const asked = new Map<number, Map<string, number>>();
  const last = Math.floor(Math.max(0, text.length - 1) / BLOCK);
  const block = (b: number): ReadonlyMap<string, number> => {
    let counts = counted.get(b);
    if (!counts) counted.set(b, (counts = countWords(text, b * BLOCK, (b + 1) * BLOCK)));
    return counts;
  };
  /** One block's count of `word`: searched for while the block has been asked about few words. */
  const inBlock = (word: string, b: number): number => {
    const whole = counted.get(b);
    if (whole) return whole.get(word) ?? 0;
    let answers = asked.get(b);
    if (!answers) asked.set(b, (answers = new Map()));
    let n = answers.get(word);
    if (n !== undefined) return n;
    if (answers.size >= SEARCHES_PER_BLOCK) return block(b).get(word) ?? 0;
    answers.set(word, (n = occurrences(text, word, b * BLOCK, (b + 1) * BLOCK)));
    return n;
  };
  return (word, at) => {
    if (!ONE_WORD.test(word)) return 0; // the count holds words only
    const b = Math.floor(at / BLOCK);
    let n = 0;
    for (let i = Math.max(0, b - 1); i <= Math.min(last, b + 1); i++) n += inBlock(word, i);
    return n;
  };
}

/** The words starting in [from, to): a word crossing `to` is counted whole, in the block it starts in. */
function countWords(text: string, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  // Words hold no white space: scanning from the last space before `from` splits words as a scan of
  // the whole text would.
  WORD.lastIndex = Math.max(0, lastSpaceBefore(text, from));
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text))
    if (m.index >= from) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** How many of the words countWords(text, from, to) would find are `word` (itself one word). */
function occurrences(text: string, word: string, from: number, to: number): number {
  // Searched in the block's own stretch: indexOf on the whole text would run on to the text's end (or the
  // word's next place) past a block without it, so a 2 MB text would cost megabytes per word asked.
  const stretch = text.slice(from, to + word.length - 1);
  let n = 0;
  for (let i = stretch.indexOf(word); i >= 0; i = stretch.indexOf(word, i + 1))
    if (startsWord(text, from + i) && kindOf(codePointAt(text, from + i + word.length)) === OTHER) n++;
  return n;
}

/** Whether a word of WORD's scan starts at `i` (a letter there): none does inside a run of word characters
 * that holds a letter before `i`, since that letter's word runs on through the run. */
function startsWord(text: string, i: number): boolean {
  for (let j = i; j > 0;) {
    const before = codePointBefore(text, j);
    const kind = kindOf(before);
    if (kind !== MARK) return kind === OTHER;
    j -= before.length;
  }
  return true;
}

const OTHER = 0;
/** ’ ' -: inside a word, never its first character. */
const MARK = 1;
const LETTER = 2;

/** What one code point is to WORD; ASCII and ’ without a regular expression (most of the text). */
function kindOf(char: string): number {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return LETTER;
    return code === 0x27 || code === 0x2d ? MARK : OTHER;
  }
  if (code === 0x2019) return MARK;
  return A_LETTER.test(char) ? LETTER : OTHER;
}

/** The code point starting at `i`, or '' at the end of the text. */
function codePointAt(text: string, i: number): string {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The code point ending at `j` (a whole surrogate pair when `j` ends one). */
function codePointBefore(text: string, j: number): string {
  const low = text.charCodeAt(j - 1);
  if (j >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(j - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(j - 2, j);
  }
  return text.charAt(j - 1);
}

function lastSpaceBefore(text: string, i: number): number {
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  return i;
}
