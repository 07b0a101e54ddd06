// A word's contracted auxiliary or possessive ("he's", "they’ve", "I'd", "Trump's"), stripped in one place.
import { withoutPossessive } from './possessive';

const isApostrophe = (n: number): boolean => n === 0x27 || n === 0x2019; // ' ’
/** Contractions after the apostrophe, lower-cased: 'd 'm (one letter), 'll 're 've (two). */
const ONE = new Set(['d', 'm']);
const TWO = new Set(['ll', 're', 've']);

/** "I'd" → "I", "She’ll" → "She", "they've" → "they", "Trump's" → "Trump"; other words unchanged. */
export function withoutContraction(word: string): string {
  // By char code first: this runs on most capitalised words of every article.
  const n = word.length;
  // (a one-character word has neither; a char code before the start is slow to ask for)
  if (n < 2) return word;
  if (isApostrophe(word.charCodeAt(n - 2)) && ONE.has(word.charAt(n - 1).toLowerCase()))
    return word.slice(0, -2);
  if (n > 2 && isApostrophe(word.charCodeAt(n - 3)) && TWO.has(word.slice(-2).toLowerCase()))
    return word.slice(0, -3);
  return withoutPossessive(word);
}
