// A capitalised run of name words in a sentence: where it ends, across particles ("Charles de Gaulle"),
// middle initials ("John F. Kennedy") and initials standing for a first name ("J.D. Vance", "P.K. Subban").
import { initialOpening } from '../speakers/name-words';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { SURNAME_WORDS } from '../lexicon/surname-words';
import { FIRST_NAMES, NAME_PARTICLES } from '../lexicon/first-names';
import { TITLE_SMALL_WORDS } from '../lexicon/statement-words';
import { withoutPossessive } from '../text/possessive';
import type { Token } from '../text/tokenize';
import { isInitials } from '../speakers/organization-name';
import { isHeadlineVerb } from '../speakers/name-words';
import { particleJoined } from '../speakers/particle-joined';
import { BROAD_ONLY } from './given-name-gender';

// "flight QZ8501, an investigator …": a word with a digit is a code, not a name ("Here’s Clinton": nor
// is a function word with a contracted "is").
export const isNameWord = (t: Token | undefined): t is Token =>
  !!t &&
  t.word &&
  (t.cap || particleJoined(t.text)) &&
  !NON_NAME_CAPS.has(withoutPossessive(t.lower)) &&
  !/\d/.test(t.text);
/** Most words of a nickname inside a name ('Oluwaseun "The Lagos Hammer" Adeyemi'). */
const MAX_NICKNAME = 3;

/** How many tokens a nickname in quotation marks at token k takes, its marks included, when the surname
 * goes on after it ('Juan "Chico" Manriquez', 'Héctor "El Jíbaro" Colón'); 0 when none is there. */
function nicknameLength(toks: readonly Token[], k: number): number {
  if (!QUOTES.has(toks[k]?.text ?? '')) return 0;
  let m = k + 1;
  while (m - k <= MAX_NICKNAME && toks[m]?.word && toks[m]?.cap) m++;
  return m > k + 1 && QUOTES.has(toks[m]?.text ?? '') && isNameWord(toks[m + 1]) ? m - k + 1 : 0;
}
const QUOTES = new Set(['"', '“', '”']);

/** One capital letter, before its dot ("F." in "John F. Kennedy"). */
const isInitial = (t: Token | undefined): boolean => t?.text.length === 1;

/** Initials for a first name at token k, before their final dot ("J.D" in "J.D. Vance"). */
export const initialsAt = (toks: readonly Token[], k: number): boolean =>
  toks[k + 1]?.text === '.' && isInitials(`${toks[k]?.text ?? ''}.`);

const particlesAt = (toks: readonly Token[], k: number): boolean =>
  NAME_PARTICLES.has(toks[k]?.lower ?? '') && NAME_PARTICLES.has(toks[k + 1]?.lower ?? '');

/** A word that is a surname only after a given name ("May", "March") right after the given name at j. */
const surnameWordAfterGiven = (toks: readonly Token[], j: number): boolean =>
  FIRST_NAMES.has(toks[j]?.lower ?? '') && !!toks[j + 1]?.cap && SURNAME_WORDS.has(toks[j + 1]?.lower ?? '');

/** The end of the capitalised run starting at token i ("John F. Kennedy Jr.", "Charles de Gaulle", "J.D.
 * Vance"). */
export function runEnd(toks: readonly Token[], i: number, headline = false): number {
  let j = i;
  for (;;) {
    if (headline && headlineVerbAt(toks, i, j + 1)) return j; // "Marine Le Pen | Backs Trump"
    // a middle initial and its dot ("John F. Kennedy"), the dot after a first name's initials ("J.D. Vance")
    if (isInitial(toks[j + 1]) && toks[j + 2]?.text === '.' && isNameWord(toks[j + 3])) j += 2;
    else if (isNameWord(toks[j + 1]) && !isHeadlineVerb(toks[j + 1])) j++;
    else if (surnameWordAfterGiven(toks, j))
      j++; // "Phillip May", "Dana March"
    else if (NAME_PARTICLES.has(toks[j + 1]?.lower ?? '') && isNameWord(toks[j + 2])) j++;
    // two particles ("Ursula von der Leyen", "Rafael van der Vaart")
    else if (particlesAt(toks, j + 1) && isNameWord(toks[j + 3])) j += 2;
    else if (nicknameLength(toks, j + 1) > 0)
      j += nicknameLength(toks, j + 1); // 'Juan "Chico" Manriquez'
    else if (initialsAt(toks, j) && isNameWord(toks[j + 2])) j++;
    else if (j === i && initialOpening(toks, j))
      j++; // "A. Jayasankar Menon": an initial "A" is no article
    else return j;
  }
}

/** A name's tokens without the nickname in quotation marks inside it ("Peiter “Mudge” Zatko" → Peiter Zatko),
 * as the speaker phrase gives it. */
export function withoutNickname(toks: readonly Token[]): readonly Token[] {
  if (!toks.some((t) => QUOTES.has(t.text))) return toks; // (most names: no copy)
  const out: Token[] = [];
  for (let k = 0; k < toks.length; k += Math.max(1, nicknameLength(toks, k)))
    if (!nicknameLength(toks, k)) out.push(toks[k] as Token);
  return out;
}

/** "ESPN Fires Schilling", "Hillary Clinton Flattered Obama", "Marsh Leads Kreuger": in a headline, a
 * capitalised -s or -ed word between two names is a verb, which the run read from i stops before once it holds
 * a name of two words, an acronym or a word that is no common given name ("Bill Williams" stays one name;
 * "Marsh", a given name only the broad lists hold, is a surname there). */
function headlineVerbAt(toks: readonly Token[], i: number, k: number): boolean {
  const first = toks[i];
  return (
    isHeadlineVerbAt(toks, k) &&
    (k - i >= 2 || /^\p{Lu}{2,}$/u.test(first?.text ?? '') || !firmGivenName(first?.lower ?? ''))
  );
}

/** A capitalised -s or -ed word, no given name, between two name words (in a headline, a verb). */
export function isHeadlineVerbAt(toks: readonly Token[], k: number): boolean {
  const w = toks[k];
  return (
    !!w?.cap &&
    /\p{Ll}(?:s|ed)$/u.test(w.text) &&
    !FIRST_NAMES.has(w.lower) &&
    isNameWord(toks[k - 1]) &&
    isNameWord(toks[k + 1])
  );
}

/** Every word of the sentence capitalised but for small ones and numbers: a headline ("Marine Le Pen Backs
 * Trump", "Marsh Leads Kreuger by 8 Points"). */
export const isHeadline = (toks: readonly Token[]): boolean =>
  toks.every((t) => !t.word || t.cap || TITLE_SMALL_WORDS.has(t.lower) || /^\d/.test(t.text));

/** A given name the hand-made lists hold, not only the broad generated ones. */
const firmGivenName = (w: string): boolean => FIRST_NAMES.has(w) && !BROAD_ONLY.has(w);
