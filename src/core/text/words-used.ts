// How often a word occurs as written near a place in the text, for telling a line's all-caps label from a
// name (line-label.ts). Counted over the text in blocks, each counted once and only when asked about: a
// label is judged against the words of its own stretch of text, so a 2 MB archive of many articles costs
// one pass over the blocks it asks about, not a count of the whole text for every label.

import { ARTICLE_CHARS } from './article-length';

/** Every article the engine is built for fits in one block, so there the count is the whole text's. */
const BLOCK = ARTICLE_CHARS;
const WORD = /\p{L}[\p{L}’'-]*/gu;

/** `count(word, at)`: occurrences of `word` (case as written) in the block holding `at` and its neighbours. */
export type WordCount = (word: string, at: number) => number;

/** The last text counted: a long text's sections each ask about the same text (text/sections.ts), and its
 * blocks are counted once for all of them. */
let last: { readonly text: string; readonly count: WordCount } | null = null;

export function wordsUsed(text: string): WordCount {
  if (last?.text !== text) last = { text, count: blockCounts(text) };
  return last.count;
}

function blockCounts(text: string): WordCount {
  const blocks = new Map<number, ReadonlyMap<string, number>>();
  const block = (b: number): ReadonlyMap<string, number> => {
    let counts = blocks.get(b);
    if (!counts) blocks.set(b, (counts = countWords(text, b * BLOCK, (b + 1) * BLOCK)));
    return counts;
  };
  const last = Math.floor(Math.max(0, text.length - 1) / BLOCK);
  return (word, at) => {
    const b = Math.floor(at / BLOCK);
    let n = 0;
    for (let i = Math.max(0, b - 1); i <= Math.min(last, b + 1); i++) n += block(i).get(word) ?? 0;
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

function lastSpaceBefore(text: string, i: number): number {
  while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
  return i;
}
