// A capitalised run of name words in a sentence: where it ends, across particles ("Charles de Gaulle"),
// middle initials ("John F. Kennedy") and initials standing for a first name ("J.D. Vance", "P.K. Subban").
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { withoutPossessive } from '../text/possessive';
import type { Token } from '../text/tokenize';
import { isInitials } from '../speakers/organization-name';
import { isHeadlineVerb, particleJoined } from '../speakers/name-words';

// "flight QZ8501, an investigator …": a word with a digit is a code, not a name ("Here’s Clinton": nor
// is a function word with a contracted "is").
export const isNameWord = (t: Token | undefined): t is Token =>
  !!t &&
  t.word &&
  (t.cap || particleJoined(t.text)) &&
  !NON_NAME_CAPS.has(withoutPossessive(t.lower)) &&
  !/\d/.test(t.text);
/** A nickname in quotation marks at token k, one capitalised word before the surname goes on. */
const nicknameAt = (toks: readonly Token[], k: number): boolean =>
  QUOTES.has(toks[k]?.text ?? '') &&
  isNameWord(toks[k + 1]) &&
  QUOTES.has(toks[k + 2]?.text ?? '') &&
  isNameWord(toks[k + 3]);
const QUOTES = new Set(['"', '“', '”']);

/** One capital letter, before its dot ("F." in "John F. Kennedy"). */
const isInitial = (t: Token | undefined): boolean => t?.text.length === 1;

/** Initials for a first name at token k, before their final dot ("J.D" in "J.D. Vance"). */
export const initialsAt = (toks: readonly Token[], k: number): boolean =>
  toks[k + 1]?.text === '.' && isInitials(`${toks[k]?.text ?? ''}.`);

/** The end of the capitalised run starting at token i ("John F. Kennedy Jr.", "Charles de Gaulle", "J.D.
 * Vance"). */
export function runEnd(toks: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    // a middle initial and its dot ("John F. Kennedy"), the dot after a first name's initials ("J.D. Vance")
    if (isInitial(toks[j + 1]) && toks[j + 2]?.text === '.' && isNameWord(toks[j + 3])) j += 2;
    else if (isNameWord(toks[j + 1]) && !isHeadlineVerb(toks[j + 1])) j++;
    else if (NAME_PARTICLES.has(toks[j + 1]?.lower ?? '') && isNameWord(toks[j + 2])) j++;
    else if (nicknameAt(toks, j + 1))
      j += 3; // 'Juan "Chico" Manriquez'
    else if (initialsAt(toks, j) && isNameWord(toks[j + 2])) j++;
    else return j;
  }
}

/** A name's tokens without the nickname in quotation marks inside it ("Peiter “Mudge” Zatko" → Peiter Zatko),
 * as the speaker phrase gives it. */
export const withoutNickname = (toks: readonly Token[]): Token[] =>
  toks.filter((_, k) => !nicknameAt(toks, k) && !nicknameAt(toks, k - 1) && !nicknameAt(toks, k - 2));
