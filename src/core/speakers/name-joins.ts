// Tokens that join the words of one name where a name would otherwise end: a rank's hyphen ("Lt.-Gen."), an
// organisation's "on" ("Committee on Taxation") and its "of the" ("Armed Forces of the Philippines"), a
// lowercase role's portfolio ("spokesman on national security"), a place's "and" ("Trinidad and Tobago") and
// a known name's lowercase words ("Save the Children").
// Split from name-words.ts.
import { ORG_HEADS } from '../lexicon/org-heads';
import { PLACES } from '../lexicon/places';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_ABBREVIATIONS, TITLE_WORDS } from '../lexicon/titles';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { withoutPossessive } from '../text/possessive';
import { isAbbrevDot } from './name-words';
import { isPortfolioWord } from './office-holder-at';
import { isKnownOrgName } from './organization-name';

/** "Lt.-Gen.", "Det.-Sgt.": a rank written short, a hyphen and the rank at k. */
export const hyphenedRank = (tokens: readonly Token[], k: number): boolean =>
  tokens[k - 1]?.text === '-' &&
  isAbbrevDot(tokens, k - 2) &&
  TITLE_ABBREVIATIONS.has(tokens[k - 3]?.lower ?? '') &&
  TITLE_ABBREVIATIONS.has(tokens[k]?.lower ?? '');

/** "Committee on Taxation", "Council on Foreign Relations", "Committee to Protect Journalists": "on", or "to"
 * before a capitalised verb, after an organisation's capitalised head joins its name. */
export const onAfterHead = (tokens: readonly Token[], k: number): boolean =>
  (tokenAt(tokens, k).lower === 'on' ||
    (tokenAt(tokens, k).lower === 'to' && tokens[k - 1]?.cap === true && tokens[k + 1]?.cap === true)) &&
  ORG_HEADS.has(tokens[k - 1]?.lower ?? '');

/** "Opposition spokesman on national security Peter Bunting", "Shadow minister for health and social care Wes
 * Streeting": from a name starting at k, back over the lowercase words of a portfolio and the "on", "for" or
 * "of" before them to the lowercase role they belong to; its index, or -1 (a title's own "health minister"
 * after "for" is an affiliation's object instead: "a spokesman for health minister Ana Ruiz"). */
export function portfolioRoleBack(tokens: readonly Token[], k: number, floor: number): number {
  let m = k - 1;
  while (m > floor && !tokenAt(tokens, m).cap && isPortfolioWord(tokenAt(tokens, m).lower)) m--;
  const joiner = tokenAt(tokens, m).lower;
  const role = tokenAt(tokens, m - 1);
  // (portfolio words, at least one, up to the name; the name's run may already hold them: "national security")
  let n = m + 1;
  while (!tokenAt(tokens, n).cap && isPortfolioWord(tokenAt(tokens, n).lower)) n++;
  if (n === m + 1 || n < k || !tokenAt(tokens, n).cap || tokenAt(tokens, n - 1).lower === 'and') return -1;
  if (tokenAt(tokens, m + 1).lower === 'and') return -1;
  if ((joiner !== 'on' && joiner !== 'for' && joiner !== 'of') || role.cap || m - 1 < floor) return -1;
  return PERSON_ROLE_NOUNS.has(role.lower) || TITLE_WORDS.has(role.lower) ? m - 1 : -1;
}

/** "Institute for the Study of War", "Armed Forces of the Philippines": "the" after an organisation's
 * capitalised head and its "for" or "of" joins its name (not "Ana Ruiz of the Sierra Club"). */
function theAfterHead(tokens: readonly Token[], k: number): boolean {
  const joiner = tokenAt(tokens, k - 1).lower;
  const head = tokenAt(tokens, k - 2);
  return (
    tokenAt(tokens, k).text === 'the' &&
    (joiner === 'of' || joiner === 'for') &&
    head.cap &&
    ORG_HEADS.has(head.lower)
  );
}

/** Most words of a place on each side of its "and" ("Trinidad and Tobago", "Bosnia and Herzegovina"). */
const MAX_PLACE_SIDE = 2;

/** "Trinidad and Tobago Prime Minister …", "Newfoundland and Labrador Premier …": where a place whose name
 * holds "and" starts, for a run starting at k right after its "and"; -1 when none does. */
export function placeWithAnd(tokens: readonly Token[], k: number, floor: number): number {
  // ("Saint Vincent and the Grenadines": a "the" after the "and")
  const and = tokenAt(tokens, k - 1).lower === 'the' ? k - 2 : k - 1;
  if (tokenAt(tokens, and).lower !== 'and') return -1;
  for (let a = and - 1; a >= Math.max(floor, and - MAX_PLACE_SIDE); a--) {
    if (!tokenAt(tokens, a).cap) return -1;
    for (let b = k; b < k + MAX_PLACE_SIDE && tokens[b]?.cap; b++) {
      // ("Trinidad and Tobago's opposition": the place's possessive)
      const name = withoutPossessive(
        tokens
          .slice(a, b + 1)
          .map((t) => t.lower)
          .join(' '),
      );
      if (PLACES.has(name)) return a;
    }
  }
  return -1;
}

/** Most lowercase words inside a known name ("Save | the | Children", "Friends | of the | Earth"). */
const MAX_INNER_LOWER = 2;

/** Where a known organisation's name that runs on to j through lowercase words before k starts ("Save the
 * Children" from "Children"), or -1. */
function knownNameBack(tokens: readonly Token[], k: number, j: number, floor: number): number {
  for (let m = k - 1; m >= floor && k - m <= MAX_INNER_LOWER; m--) {
    const t = tokenAt(tokens, m);
    if (!t.word || t.cap) return -1;
    const words = tokens.slice(m - 1, j + 1).map((w) => w.text);
    if (m - 1 >= floor && tokens[m - 1]?.cap && isKnownOrgName(words.join(' '))) return m - 1;
  }
  return -1;
}

/** Where a name runs back to through lowercase words before k: an organisation's "of the" ("Institute for the
 * Study of War") or a known name's words ("Save the Children"); -1 where none does. */
export const lowercaseJoinBack = (tokens: readonly Token[], k: number, j: number, floor: number): number =>
  theAfterHead(tokens, k - 1) && k - 3 >= floor ? k - 2 : knownNameBack(tokens, k, j, floor);
