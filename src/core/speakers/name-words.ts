// Token tests shared by the speaker-phrase scans: name words, the dots inside abbreviated names, and where
// a name begins.
import { allOpensOrgName } from './all-opens-org-name';
import { ABBREVIATIONS, MAYBE_FINAL_ABBREVIATIONS } from '../lexicon/abbreviations';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { particleJoined } from './particle-joined';
import { ORG_HEADS } from '../lexicon/org-heads';
import { ORGANIZATIONS } from '../lexicon/organizations';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { PRONOUN_SURNAMES, SURNAME_WORDS } from '../lexicon/surname-words';
import { SPEAKER_NAMING_CUES } from '../lexicon/coreference-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { joinsOrgName } from './joins-org-name';
import { portfolioListBack, portfolioListStart } from './portfolio-list';
import { nicknameOpen } from './nickname-open';
import { inTitle, titleJoinBack, titleWordAt } from './title-word-at';
import type { Token } from '../text/tokenize';
import { withoutPossessive } from '../text/possessive';
import { singularOf } from '../text/singular-of';
import { withoutContraction } from '../text/contraction';
import { tokenAt, tokenOrNone } from '../text/token-window';
import { cueForm } from '../cues/find-cues';
import { hyphenedRank, lowercaseJoinBack, onAfterHead, placeWithAnd, portfolioRoleBack } from './name-joins';

/** The dot of an abbreviation or initial ("Gov.", "J.", "U.S.", "Apple Inc.") inside a name: a sentence that goes on
 * after it (split-sentences.ts) tells that even one that often ends a sentence is no full stop here. */
export const isAbbrevDot = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const p = tokenOrNone(tokens, i - 1);
  return (
    t?.text === '.' &&
    p !== undefined &&
    p.end === t.start &&
    (ABBREVIATIONS.has(p.lower) ||
      MAYBE_FINAL_ABBREVIATIONS.has(p.lower) ||
      (p.cap && p.text.length === 1) ||
      /^(\p{L}\.)+\p{L}$/u.test(p.text))
  );
};

/** Organisations' acronyms that are function words in lower case ("WHO"). */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set(
  ORGANIZATIONS.filter((n) => /^[A-Z]{2,}$/.test(n)),
);

/** A capitalised word that can be part of a name (not a sentence-opening function word). */
export const isNameWord = (t: Token): boolean =>
  t.word &&
  (t.cap || particleJoined(t.text)) &&
  // ("I'd", "She'll": a pronoun with its contracted auxiliary is no name either)
  ((!NON_NAME_CAPS.has(t.lower) && !NON_NAME_CAPS.has(withoutContraction(t.lower))) ||
    KNOWN_ACRONYMS.has(withoutPossessive(t.text)));

/** "A. Jayasankar Menon", "I. M. Pei": an initial, even one that reads as a word ("A", "I"), before its dot
 * and a capital. */
export const initialOpening = (tokens: readonly Token[], i: number): boolean =>
  tokenAt(tokens, i).text.length === 1 && isAbbrevDot(tokens, i + 1) && !!tokens[i + 2]?.cap;

/** Token i in a name: a name word, or a word-like surname after a given name or title ("Ms. May"). */
export const isNameWordAt = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  if (!t) return false;
  if (isNameWord(t) || initialOpening(tokens, i)) return true;
  if (titledPronounSurname(tokens, i) || wordInOrgName(tokens, i) || allOpensOrgName(tokens, i)) return true;
  if (!t.word || !t.cap || !SURNAME_WORDS.has(t.lower) || /^\d/.test(tokens[i + 1]?.text ?? '')) return false;
  const prev = tokens[i - 1];
  // ("May said the company would appeal", "“…,” March said": no month opening a clause says anything)
  if (!prev?.word && SPEAKER_NAMING_CUES.has(tokens[i + 1]?.lower ?? '')) return true;
  return prev !== undefined && (isNameWord(prev) || isAbbrevDot(tokens, i - 1));
};

/** "the Peguis First Nation", "the Assembly of First Nations", "Carverton First Baptist Church": a
 * capitalised common word between a name (or its "of") and its organisation's head, or the word before it. */
const wordInOrgName = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.cap === true &&
  !isHeadlineVerb(tokens[i]) &&
  tokens[i + 1]?.cap === true &&
  (ORG_HEADS.has(singularOf(tokens[i + 1]?.lower ?? '')) ||
    (tokens[i + 2]?.cap === true && ORG_HEADS.has(singularOf(tokens[i + 2]?.lower ?? '')))) &&
  (isNameWord(tokenAt(tokens, i - 1)) ||
    (tokens[i - 1]?.lower === 'of' && isNameWord(tokenAt(tokens, i - 2))));

/** "Vice Premier He Lifeng", "spokesman He Yadong", "COMAC chairman He Dongfeng": a surname like a pronoun
 * after a title, a given name next; or opening a clause before a given name and an apposition's comma ("He
 * Yadong, a spokesman for the ministry, said"; the pronoun is followed by its verb). */
const titledPronounSurname = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.cap === true &&
  PRONOUN_SURNAMES.has(tokens[i]?.lower ?? '') &&
  isNameWord(tokenAt(tokens, i + 1)) &&
  (TITLE_WORDS.has(tokens[i - 1]?.lower ?? '') ||
    (tokens[i + 2]?.text === ',' && tokens[i - 1]?.word !== true && !isHeadlineVerb(tokenAt(tokens, i + 1))));

/** Longest run of name words looked through for an organisation's head after a possessive. */
const MAX_HEAD_RUN = 4;

/** The apostrophe at i closes a capitalised plural ("the Raptors' …", "the Ontario Nurses’ …"). */
export const pluralPossessiveMark = (tokens: readonly Token[], i: number): boolean => {
  const mark = tokens[i];
  const owner = tokens[i - 1];
  return (
    (mark?.text === "'" || mark?.text === '’') &&
    owner !== undefined &&
    owner.end === mark.start &&
    /s$/.test(owner.text) &&
    isNameWord(owner)
  );
};

/** The apostrophe of a plural possessive inside an organisation's name ("the Ontario Nurses' Association"),
 * attached to its name word, with the name's head word after it; "CBC Sports' Anson Henry" is a person. */
export const pluralPossessive = (tokens: readonly Token[], i: number): boolean => {
  if (!pluralPossessiveMark(tokens, i)) return false;
  const nameAt = (k: number): boolean => tokens[k] !== undefined && isNameWord(tokenAt(tokens, k));
  let k = i + 1;
  while (k < i + MAX_HEAD_RUN && nameAt(k + 1)) k++;
  // (a head in the plural too: "the Confederation of German Employers' Associations")
  return (
    nameAt(k) &&
    (ORG_HEADS.has(tokenAt(tokens, k).lower) || ORG_HEADS.has(singularOf(tokenAt(tokens, k).text)))
  );
};

/** A name's plural possessive before a title as written in lower case ("Sanders' spokesman Michael Briggs"). */
export const ownsTitle = (tokens: readonly Token[], i: number): boolean =>
  pluralPossessiveMark(tokens, i) && TITLE_WORDS.has(tokenAt(tokens, i + 1).text);

/** Most particles in a row inside a name ("Maria de la Cruz", "Ben van der Berg"). */
export const MAX_PARTICLES = 3;

/** Where the name ending at token j begins ("Gov. Jerry Brown", "Charles de Gaulle", "Bank of Canada"). */
export function properBack(tokens: readonly Token[], j: number, floor: number): number {
  const ministry = portfolioListStart(tokens, j, floor); // ("the Ministry of Land, Infrastructure, …")
  let k = ministry < 0 ? j : ministry;
  while (k - 1 >= floor) {
    const t = tokenAt(tokens, k - 1);
    if (isHeadlineVerb(t)) break;
    const list = portfolioListBack(tokens, k, floor); // ("Children, … Social Services Minister Lisa Vandermeer")
    if (list >= 0) {
      k = list;
      continue;
    }
    if (isNameWordAt(tokens, k - 1) || isAbbrevDot(tokens, k - 1) || titleWordAt(tokens, k - 1)) k--;
    else if (
      (t.lower === 'of' || t.lower === 'for' || t.text === '&' || onAfterHead(tokens, k - 1)) &&
      k - 2 >= floor &&
      isNameWord(tokenAt(tokens, k - 2))
    )
      k--; // "Bank of Canada", "Florida Power & Light", "Joint Committee on Taxation"
    else if (portfolioRoleBack(tokens, k, floor) >= 0)
      k = portfolioRoleBack(tokens, k, floor); // "minister for health"
    else if (titleJoinBack(tokens, k, floor) >= 0)
      k = titleJoinBack(tokens, k, floor); // "Chairman and Chief Executive", "Speaker of the House"
    else if (placeWithAnd(tokens, k, floor) >= 0)
      k = placeWithAnd(tokens, k, floor); // "Trinidad and Tobago"
    else if (inTitle(tokens, k - 1) && k - 2 >= floor && isNameWord(tokenAt(tokens, k - 2)))
      k--; // "Special Agent in Charge Gregory Hollis"
    else if (lowercaseJoinBack(tokens, k, j, floor) >= 0)
      k = lowercaseJoinBack(tokens, k, j, floor); // "Institute for the Study of War", "Save the Children"
    else if (hyphenedRank(tokens, k) && k - 3 >= floor)
      k -= 3; // "Lt.-Gen. Jonathan Vance"
    else if ((pluralPossessive(tokens, k - 1) || ownsTitle(tokens, k - 1)) && k - 2 >= floor)
      k--; // "the Ontario Nurses' Association", "Sanders' spokesman Michael Briggs"
    else if (nicknameOpen(tokens, k - 1, -1) >= floor) k = nicknameOpen(tokens, k - 1, -1);
    else if (NAME_PARTICLES.has(t.lower)) {
      // "de Gaulle", "van der Berg": particles count between name words, or capitalised opening one ("Van der Bellen")
      let m = k - 1;
      while (m - 1 >= floor && k - m < MAX_PARTICLES && NAME_PARTICLES.has(tokenAt(tokens, m - 1).lower)) m--;
      const between = m - 1 >= floor && isNameWord(tokenAt(tokens, m - 1));
      if (between || (tokenAt(tokens, m).cap && m < k - 1)) k = m;
      if (!between) break;
    } else if (joinsOrgName(tokens, k, j, floor)) k = properBack(tokens, k - 2, floor);
    else break;
  }
  while (k < j && !tokenAt(tokens, k).cap && !TITLE_WORDS.has(tokenAt(tokens, k).lower)) k++; // no leading "of"
  return k;
}

/** "Clinton Says Russians Hacked DNC", "Hillary Clinton Slams Donald Trump": a headline's capitalised cue verb
 * is no part of a name. */
export const isHeadlineVerb = (t: Token | undefined): boolean => cueForm(t?.lower ?? '')?.form === 's';

/** The apostrophe at i closes a lowercase plural ("the victims' families"), read with it. */
export const commonPlurals = (tokens: readonly Token[], i: number): boolean =>
  (tokens[i]?.text === "'" || tokens[i]?.text === '’') &&
  tokens[i]?.start === tokens[i - 1]?.end &&
  /^\p{Ll}+s$/u.test(tokens[i - 1]?.text ?? '');
