// The possessive "'s" / "’s" (both apostrophes occur in news copy), tested and stripped in one place.

// By char code, not a regex: these run on most words of every article.
/** "Trump's", "Trump’s" (also "he's", which callers tell apart by the word before it). */
export function isPossessive(word: string): boolean {
  if (word.length < 2) return false; // (a char code before the start is slow to ask for)
  const apostrophe = word.charCodeAt(word.length - 2); // NaN for a word under two characters
  return word.charCodeAt(word.length - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019); // s, ' ’
}

/** "Trump’s" → "Trump"; other words unchanged. */
export const withoutPossessive = (word: string): string => (isPossessive(word) ? word.slice(0, -2) : word);
