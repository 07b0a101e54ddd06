// The titles between a description in apposition and the name it describes ("The study's lead author, Dr.
// Maya Patel,", "The state's governor, Senator Uba Sani,", "The military's spokesman, Colonel Lee
// Sung-jun,"), a descriptor there ("Its chairman, American businessman Curtis Delaney,"), and the party label
// after the name ("Rep. James Comer (R-Ky.),").
import { COURTESY_TITLES, SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';
import { HONORIFICS, TITLE_ABBREVIATIONS, TITLE_WORDS } from '../lexicon/titles';
import { CLERICAL_TITLES, MILITARY_RANKS, POLICE_RANKS, STYLE_TITLES } from '../lexicon/title-kinds';
import { ARTICLES } from '../lexicon/function-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { tokenAt, tokenOrNone } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isPossessive } from '../text/possessive';

/** A title written before a name: a courtesy, one written short, an office one is addressed by, a rank, a
 * police rank, a cleric's or a royal's ("Its president, Officer Frank Dombrowski,", "Harvard Hillel's
 * executive director, Rabbi Jonah Steinberg,", "Saudi Arabia's energy minister, Prince Abdulaziz bin
 * Salman,"). */
const isTitleWord = (w: string): boolean =>
  COURTESY_TITLES.has(w) ||
  TITLE_ABBREVIATIONS.has(w) ||
  HONORIFICS.has(w) ||
  MILITARY_RANKS.has(w) ||
  POLICE_RANKS.has(w) ||
  CLERICAL_TITLES.has(w) ||
  STYLE_TITLES.has(w);

/** Where the comma closing a description before the name at `first` would be: past the titles before the
 * name, with or without their stops ("NHS England's medical director, Professor Sir Stephen Powis,"). */
export function titlesBefore(toks: readonly Token[], first: number, dotted: (w: string) => boolean): number {
  let comma = first - 1;
  while (
    (toks[comma]?.text === '.' && dotted(tokenOrNone(toks, comma - 1)?.lower ?? '')) ||
    (isTitleWord(toks[comma]?.lower ?? '') && toks[comma]?.cap === true) ||
    (toks[comma]?.text === '-' && toks[comma - 1]?.text === '.') // ("Lt.-Cmdr.")
  )
    comma -= toks[comma]?.text === '.' ? 2 : 1;
  return comma;
}

/** Most tokens of a party label in brackets ("(", "R", "-", "Ky", ".", ")"). */
const MAX_LABEL_TOKENS = 8;

/** Past a bracketed label right after a name at k ("James Comer (R-Ky.),"); k when there is none. */
export function pastLabel(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== '(') return k;
  for (let m = k + 1; m < toks.length && m - k <= MAX_LABEL_TOKENS; m++)
    if (toks[m]?.text === ')') return m + 1;
  return k;
}

/** "Coun. Stephen Holyday", "Gov. Ron DeSantis", "Lt. Gov. Winsome Earle-Sears": where an office's
 * abbreviations and their dots before the name at `first` start (not "Mr.", "Dr."); -1 for none. */
export function shortOfficeStart(toks: readonly Token[], first: number): number {
  const abbrev = tokenOrNone(toks, first - 2);
  if (
    tokenOrNone(toks, first - 1)?.text !== '.' ||
    !abbrev?.cap ||
    !TITLE_WORDS.has(abbrev.lower) ||
    SHORT_HONORIFICS.has(abbrev.lower) ||
    // ("Sens. Jon Tester and Jeff Merkley": a plural title is two people's)
    (abbrev.lower.endsWith('s') && TITLE_WORDS.has(abbrev.lower.slice(0, -1)))
  )
    return -1;
  const before = tokenOrNone(toks, first - 4);
  const two =
    tokenOrNone(toks, first - 3)?.text === '.' && before?.cap && TITLE_WORDS.has(`${before.lower}.`);
  return two ? first - 4 : first - 2;
}

/** Most words of a descriptor between an office's comma and the name ("former Vuelta stage winner"). */
const MAX_DESCRIPTOR = 4;

/** "Its chairman, American businessman Curtis Delaney,": past a descriptor ending on a role noun, right
 * before the name, or past an owner's possessive, back to the office's comma; k when none is there. */
export function pastDescriptor(toks: readonly Token[], k: number): number {
  // ("The MP for Stretford, Labour's Daniel Ashworth,": a party's or a body's possessive)
  if (toks[k]?.cap && isPossessive(tokenAt(toks, k).text) && toks[k - 1]?.text === ',') return k - 1;
  if (toks[k]?.cap !== false || !PERSON_ROLE_NOUNS.has(tokenAt(toks, k).lower)) return k;
  let c = k - 1;
  while (c > 0 && k - c < MAX_DESCRIPTOR && tokenAt(toks, c).word && !ARTICLES.has(tokenAt(toks, c).lower))
    c--;
  return toks[c]?.text === ',' ? c : k;
}
