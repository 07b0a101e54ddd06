// Where a person's name ends in a capitalised run, and its text as written.
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** "CNN’s", "Mykhaylova’s": a possessive word. */
export const isAffiliation = (t: Token): boolean => /[’']s$/.test(t.text);

/** The possessive word that ends a name of up to three words starting at f, else j. */
export function possessiveEnd(toks: readonly Token[], f: number, j: number): number {
  let words = 0;
  for (let k = f; k < j && words < 3; k++) {
    if (tokenAt(toks, k).word) words++;
    if (isAffiliation(tokenAt(toks, k))) return k;
  }
  return j;
}

/** The name as written, spaces made single: "Mikhail E. Dmitriyev" keeps its initial's period. */
export const nameText = (toks: readonly Token[]): string =>
  toks.map((t, k) => (k > 0 && t.start > tokenAt(toks, k - 1).end ? ` ${t.text}` : t.text)).join('');
