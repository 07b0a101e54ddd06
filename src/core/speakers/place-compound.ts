// A place's compound ("Sacramento-based", "Chicago-born") describes the name or noun after it and is no
// part of it; so does a city a comma sets before its state's compound ("the San Jose, California-based
// company").
import type { Token } from '../text/tokenize';

/** "Sacramento-based", "Chicago-born": a place's compound, which describes what follows it. */
export const isPlaceCompoundWord = (w: string): boolean => /\p{L}-\p{Ll}+$/u.test(w);

/** The same test on a token. */
export const isPlaceCompound = (t: Token): boolean => isPlaceCompoundWord(t.text);

/** Where a phrase's words go on after a city and its comma before a compound (0 when it has none). */
export const pastCityComma = (words: readonly string[]): number =>
  words.findIndex((w, i) => w.endsWith(',') && isPlaceCompoundWord(words[i + 1] ?? '')) + 1;
