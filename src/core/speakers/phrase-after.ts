// The speaker phrase after an inverted cue ("…,” said chief engineer Ruth Okafor") or after an
// opening participle's comma ("Insisting …, the mayor left").
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { FAMILY_NOUNS, RELATION_NOUNS, UNNAMED_MODIFIERS } from '../lexicon/unnamed-sources';
import { nicknameOpen } from './nickname-open';
import { isPossessive } from '../text/possessive';
import { singularOf } from '../text/singular-of';
import { DETERMINERS } from '../lexicon/subject-words';
import { unnamedEnd } from './unnamed-end';
import type { Token } from '../text/tokenize';
import {
  commonPlurals,
  isAbbrevDot,
  isNameWordAt,
  MAX_PARTICLES,
  ownsTitle,
  pluralPossessive,
} from './name-words';
import type { Phrase, PhraseKind } from './speaker-phrase';
import { tokenAt } from '../text/token-window';
import { agentHead, unnamedHeadAt } from './unnamed-head';
import { FIRST_NAMES, NAME_PARTICLES } from '../lexicon/first-names';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { isRoleBeforeName, placedRole } from './role-before-name';
import { hyphenedRank, onAfterHead } from './name-joins';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words';

/** The speaker phrase starting at token i after an inverted cue ("said Mike Mayo, an analyst"). */
export function phraseAfter(tokens: readonly Token[], i: number, ceil: number): Phrase | null {
  const t = tokens[i];
  if (!t || i > ceil) return null;
  if (t.lower in SPEAKER_PRONOUNS && t.lower !== 'it') return { first: i, last: i, kind: 'pronoun' };
  let k = i;
  let last = -1;
  let kind: PhraseKind = 'proper';
  let from = i;
  while (k <= ceil) {
    const w = tokenAt(tokens, k);
    if (isNameWordAt(tokens, k) || isAbbrevDot(tokens, k)) {
      if (w.word) {
        last = k;
        kind = UNNAMED_SOURCE_NOUNS.has(w.lower) && last === k && k === i ? 'unnamed' : 'proper';
      }
    } else if (possessiveInside(tokens, i, k, last) || (w.text === '-' && hyphenedRank(tokens, k + 1))) {
      // "said the Ontario Nurses’ Association", "said plaintiffs' attorney Rebecca Stein": a plural
      // possessive inside the name or owning a role; "said Lt.-Cmdr. Ann Tulk": a rank's hyphen
    } else if (last >= i && AFFILIATION_PREPOSITIONS.has(w.lower) && namesPerson(tokens, i, last)) {
      // "said Sgt. Maria Lopez of the state police": after a person's name, "of" starts their affiliation
      break;
    } else if (last >= i && joinsName(tokens, i, k)) {
      // inside a name: "said the charity Medical Aid for Palestinians", "the Committee to Protect …"
    } else if (
      w.word &&
      (UNNAMED_SOURCE_NOUNS.has(w.lower) ||
        ORG_ROLE_NOUNS.has(w.lower) ||
        roleHead(w, tokens[k - 1]) ||
        ownedTitle(tokens, k, last >= i) ||
        agentHead(tokens, i, k))
    ) {
      // ("The diocese released a report, saying …": an organisation described by its kind; "said a nurse")
      last = k;
      kind = 'unnamed';
    } else if (unnamedHeadAt(tokens, i, k, last, ceil) > k) {
      // "said a former U.S. law enforcement official", "One Burbank theater manager, who …": lowercase
      // modifiers after a name, up to the head; "said a cancer biologist at …": after "a"
      k = unnamedHeadAt(tokens, i, k, last, ceil);
      last = k;
      kind = 'unnamed';
    } else if (last >= i && particlesBeforeName(tokens, k) > k) {
      k = particlesBeforeName(tokens, k); // "said Jorge Luis de la Garza": on past the particles
    } else if (last >= i && nicknameOpen(tokens, k, 1) > k) {
      k = Math.min(ceil, nicknameOpen(tokens, k, 1)); // "said Earvin “Magic” Johnson": on to the surname
    } else if (last < i && k + 2 <= ceil && mannerBeforeName(tokens, k)) {
      from = k + 2; // the person is the name, not how they were ("a visibly shaken Tom Brady")
      k++;
    } else if (
      !(w.word && (UNNAMED_MODIFIERS.has(w.lower) || TITLE_WORDS.has(w.lower))) &&
      // ("said chief medical officer Sarah Kim": after a role noun, lowercase all the way from the start)
      !isRoleBeforeName(tokens, k, k === i || (kind === 'unnamed' && lowercaseFrom(tokens, i, k))) &&
      !placedRole(tokens, i, k)
    )
      break;
    k++;
  }
  if (last < i) return null;
  return { first: from, last: kind === 'unnamed' ? unnamedEnd(tokens, last, ceil) : last, kind };
}

/** A word at k inside a name read from i: its "for", "to" or "on" after a head, an ampersand between name
 * words ("said Oklahoma Gas & Electric President Marcus Lyle"). */
const joinsName = (tokens: readonly Token[], i: number, k: number): boolean =>
  (tokenAt(tokens, k).lower === 'for' && forInName(tokens, i, k)) ||
  onAfterHead(tokens, k) ||
  (tokenAt(tokens, k).text === '&' && isNameWordAt(tokens, k + 1));

/** The last of the lowercase name particles from k ("de la", "van der"), when a name word follows them;
 * else k. */
function particlesBeforeName(tokens: readonly Token[], k: number): number {
  let m = k;
  while (m < k + MAX_PARTICLES && !tokenAt(tokens, m).cap && NAME_PARTICLES.has(tokenAt(tokens, m).lower))
    m++;
  return m > k && isNameWordAt(tokens, m) ? m - 1 : k;
}

/** Only lowercase words from i up to k. */
const lowercaseFrom = (tokens: readonly Token[], i: number, k: number): boolean =>
  tokens.slice(i, k).every((t) => t.word && !t.cap);

/** "said a visibly shaken Tom Brady", "said a clearly emotional Ana Ruiz": an adverb and the state it
 * modifies, right before the name. (A lone adjective stays: "two liberal Hispanic groups", "undecided
 * Republican voter" describe the speaker.) */
function mannerBeforeName(tokens: readonly Token[], k: number): boolean {
  const adverb = tokenAt(tokens, k);
  const state = tokens[k + 1];
  return (
    adverb.word &&
    !adverb.cap &&
    /ly$/.test(adverb.lower) &&
    !!state?.word &&
    !state.cap &&
    isNameWordAt(tokens, k + 2)
  );
}

/** The apostrophe at k makes a plural possessive inside the phrase: a name's (`last`: its last name word
 * so far) or, before any name, a role's lowercase plural. */
const possessiveInside = (tokens: readonly Token[], i: number, k: number, last: number): boolean =>
  last >= i ? pluralPossessive(tokens, k) || ownsTitle(tokens, k) : k > i && commonPlurals(tokens, k);

/** A person's role or relation in lower case heading the phrase ("said a nurse at the scene", "said her
 * grandmother"). */
const roleHead = (w: Token, before: Token | undefined): boolean =>
  !w.cap &&
  (PERSON_ROLE_NOUNS.has(w.lower) ||
    // (or several after a capitalised word: "Local councillors, who …"; not "…, said landlords in …")
    (before?.cap === true &&
      !DETERMINERS.has(before.lower) &&
      w.lower.endsWith('s') &&
      PERSON_ROLE_NOUNS.has(singularOf(w.text))) ||
    RELATION_NOUNS.has(w.lower) ||
    FAMILY_NOUNS.has(w.lower));

/** "said Vanta's captain, Lee Ji-hoon", "said its secretary-general, Ingrid Solberg": a title in lower case
 * after a name's possessive, or after "its", "his", "her", "their", is a role. */
const ownedTitle = (tokens: readonly Token[], k: number, named: boolean): boolean =>
  !tokenAt(tokens, k).cap &&
  TITLE_WORDS.has(tokenAt(tokens, k).lower) &&
  ((named && isPossessive(tokenAt(tokens, k - 1).lower)) ||
    POSSESSIVE_DETERMINERS.has(tokenAt(tokens, k - 1).lower));

/** A given name followed by another name word among tokens i…last ("Maria Lopez"). */
const namesPerson = (tokens: readonly Token[], i: number, last: number): boolean =>
  tokens.slice(i, last).some((t, n) => FIRST_NAMES.has(t.lower) && isNameWordAt(tokens, i + n + 1));

/** The "for" at k joins an organisation's name ("Medical Aid for Palestinians", "Doctors for America"):
 * a name follows and no given name opens the phrase ("said Tom Baker for the city" is a person's). */
function forInName(tokens: readonly Token[], i: number, k: number): boolean {
  const caps = tokens.slice(i, k).filter((t) => t.cap);
  return (
    isNameWordAt(tokens, k + 1) &&
    caps.length >= 2 && // ("said Baker for Ottawa", "a reporter for USA Today": a person's affiliation)
    !!tokens[k - 1]?.cap &&
    !FIRST_NAMES.has(caps[0]?.lower ?? '')
  );
}
