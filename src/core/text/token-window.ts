// Tokens read relative to one position ("the word before", "two after"), so rules never index past either end
// of a sentence: off the edge there is an empty token, not undefined.
import { isPossessive } from './possessive';
import type { Token } from './tokenize';

/** What a window reads past either end of its tokens: no text, not a word, never capitalised. */
const NO_TOKEN: Token = { start: -1, end: -1, text: '', lower: '', word: false, cap: false };

export interface TokenWindow {
  readonly tokens: readonly Token[];
  /** The position the window is at. */
  readonly index: number;
  /** The token `k` places from the position (`at(-1)` is the one before), or NO_TOKEN past an end. */
  at(k: number): Token;
  /** The lower-cased text `k` places from the position ("" past an end). */
  word(k: number): string;
  /** The lower-cased word `k` places away is one of `words`. */
  in(k: number, words: ReadonlySet<string>): boolean;
  /** The word `k` places away ends in "'s" or "’s". */
  isPossessive(k: number): boolean;
  /** A token exists `k` places away. */
  has(k: number): boolean;
}

export function tokenWindow(tokens: readonly Token[], index: number): TokenWindow {
  const at = (k: number): Token => tokens[index + k] ?? NO_TOKEN;
  return {
    tokens,
    index,
    at,
    word: (k) => at(k).lower,
    in: (k, words) => words.has(at(k).lower),
    isPossessive: (k) => isPossessive(at(k).lower),
    has: (k) => index + k >= 0 && index + k < tokens.length,
  };
}

/** The token at `index`, or an empty one past either end: for rules that walk an index through a sentence. */
export const tokenAt = (tokens: readonly Token[], index: number): Token => tokens[index] ?? NO_TOKEN;
