// Looking a token up by its offset: a sentence's tokens are in text order, so a binary search finds it where
// a scan from the start would cost a pass over the sentence per mention (long run-on sentences hold hundreds).
import type { Token } from './tokenize';

/** The index of the first of `tokens` (in text order) that starts at or after `at`, or -1 if none does. */
export function firstTokenFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? at) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** The index of the token that starts exactly at `start`, or -1. */
export function tokenStartingAt(tokens: readonly Token[], start: number): number {
  const k = firstTokenFrom(tokens, start);
  return k >= 0 && tokens[k]?.start === start ? k : -1;
}
