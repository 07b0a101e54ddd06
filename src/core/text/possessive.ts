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

/** An organisation's last word that is a plural of people or things ("Authors", "Nations"), unlike "Sachs". */
const PLURAL_END = /(?:ers|ors|ists|ions|ants|ents)$/u;

/** "Bank of Canada" → "Bank of Canada’s", "Japan Society for the Rights of Musical Authors" → "…Authors’". */
export const orgPossessive = (name: string): string => (PLURAL_END.test(name) ? `${name}’` : `${name}’s`);
