// Token tests shared by the speaker-phrase scans: name words, the dots inside abbreviated names, and where
// a name begins.
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { TITLE_WORDS } from '../lexicon/titles';
import type { Token } from '../text/tokenize';

/** The dot of an abbreviation or initial ("Gov.", "J.", "U.S.") inside a name. */
export const isAbbrevDot = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const p = tokens[i - 1];
  return (
    t?.text === '.' &&
    p !== undefined &&
    p.end === t.start &&
    (ABBREVIATIONS.has(p.lower) || (p.cap && p.text.length === 1) || /^(\p{L}\.)+\p{L}$/u.test(p.text))
  );
};
/** A capitalised word that can be part of a name (not a sentence-opening function word). */
export const isNameWord = (t: Token): boolean =>
  t.word && t.cap && !NON_NAME_CAPS.has(t.lower) && !NON_NAME_CAPS.has(t.lower.replace(/[’']s$/, ''));

/** Where the name ending at token j begins ("Gov. Jerry Brown", "Charles de Gaulle", "Bank of Canada"). */
export function properBack(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  while (k - 1 >= floor) {
    const t = tokens[k - 1]!;
    if (isNameWord(t) || isAbbrevDot(tokens, k - 1) || (t.word && TITLE_WORDS.has(t.lower) && !t.cap)) k--;
    else if ((t.lower === 'of' || t.lower === 'for') && k - 2 >= floor && isNameWord(tokens[k - 2]!)) k--;
    else if (NAME_PARTICLES.has(t.lower) && k - 2 >= floor && isNameWord(tokens[k - 2]!))
      k--; // "de Gaulle"
    else break;
  }
  while (k < j && !tokens[k]!.cap && !TITLE_WORDS.has(tokens[k]!.lower)) k++; // no leading "of"
  return k;
}
