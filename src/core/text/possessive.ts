// The possessive "'s" / "’s" (both apostrophes occur in news copy), tested and stripped in one place.

const POSSESSIVE = /[’']s$/;

/** "Trump's", "Trump’s" (also "he's", which callers tell apart by the word before it). */
export const isPossessive = (word: string): boolean => POSSESSIVE.test(word);

/** "Trump’s" → "Trump"; other words unchanged. */
export const withoutPossessive = (word: string): string => word.replace(POSSESSIVE, '');
