// Tokens read relative to one position ("the word before", "two after"), so rules never index past either end
// of a sentence: off the edge there is an empty token, not undefined.
import { isPossessive } from './possessive';
import type { Token } from './tokenize';

/** What a window reads past either end of its tokens: no text, not a word, never capitalised. */
const NO_TOKEN: Token = { start: -1, end: -1, text: '', lower: '', word: false, cap: false };

/** Tokens seen from one position; a class, not closures, because rules make one per cue-verb form. */
export class TokenWindow {
  constructor(
    readonly tokens: readonly Token[],
    /** The position the window is at. */
    readonly index: number,
  ) {}

  /** The token `k` places from the position (`at(-1)` is the one before), or an empty one past an end. */
  at(k: number): Token {
    return this.tokens[this.index + k] ?? NO_TOKEN;
  }

  /** The lower-cased text `k` places from the position ("" past an end). */
  word(k: number): string {
    return this.at(k).lower;
  }

  /** The lower-cased word `k` places away is one of `words`. */
  in(k: number, words: ReadonlySet<string>): boolean {
    return words.has(this.at(k).lower);
  }

  /** The word `k` places away ends in "'s" or "’s". */
  isPossessive(k: number): boolean {
    return isPossessive(this.at(k).lower);
  }

  /** A token exists `k` places away. */
  has(k: number): boolean {
    return this.index + k >= 0 && this.index + k < this.tokens.length;
  }
}

export const tokenWindow = (tokens: readonly Token[], index: number): TokenWindow =>
  new TokenWindow(tokens, index);

/** The token at `index`, or an empty one past either end: for rules that walk an index through a sentence. */
export const tokenAt = (tokens: readonly Token[], index: number): Token =>
  (index >= 0 ? tokens[index] : undefined) ?? NO_TOKEN; // (see tokenOrNone)

/** The token at `index`, or undefined past either end, never reading before the start: V8 answers
 * tokens[-1] by a slow property lookup, and rules often ask for the token before a sentence's first. */
export const tokenOrNone = (tokens: readonly Token[], index: number): Token | undefined =>
  index >= 0 ? tokens[index] : undefined;
