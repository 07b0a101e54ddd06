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
import { unnamedEnd } from './unnamed-end';
import type { Token } from '../text/tokenize';
import {
  isAbbrevDot,
  isNameWord,
  isNameWordAt,
  MAX_PARTICLES,
  ownsTitle,
  pluralPossessive,
} from './name-words';
import type { Phrase, PhraseKind } from './speaker-phrase';
import { tokenAt } from '../text/token-window';
import { ROLE_STOP_WORDS } from '../lexicon/speaker-phrase-words';
import { agentHead, unnamedHeadAt } from './unnamed-head';
import { isAgentNoun } from '../text/agent-noun';
import { FIRST_NAMES, NAME_PARTICLES } from '../lexicon/first-names';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';

/** Most lowercase role words before a name ("said clinic nurse manager Erin Kim"). */
const MAX_ROLE_WORDS = 3;
/** Most capitalised words of a place or an organisation before those ("said Cytonn Investments …"). */
const MAX_PLACE_WORDS = 4;

/** A lowercase role word before a name ("said chief engineer Ruth Okafor"): not a function word or a verb
 * form, so "said the plan was Smith's" never reads "plan was" as a role. */
function isRoleBeforeName(tokens: readonly Token[], k: number, first: boolean): boolean {
  // several role words only where the phrase starts ("says clinic manager Erin Kim"), none a verb's -s form
  for (let m = k; m < k + (first ? MAX_ROLE_WORDS : 1); m++) {
    const w = tokens[m];
    if (!w?.word || w.cap || ROLE_STOP_WORDS.has(w.lower)) return false;
    if (/(ed|ing|ly)$/.test(w.lower) && !modifiesRole(tokens, m)) return false;
    if (m > k && /[^s]s$/.test(w.lower)) return false;
    if (tokens[m + 1] && isNameWord(tokenAt(tokens, m + 1))) return true;
  }
  return false;
}

/** A verb-like modifier before a role ("said undecided Republican voter Stephanie Hooton", "retired Army Lt.
 * Gen. Mick Bednarek"): a lowercase role noun or a title after it, past capitalised modifiers, shows an
 * adjective, where "Cruz exhorted Republicans to" has a verb and its object. */
function modifiesRole(tokens: readonly Token[], m: number): boolean {
  for (let n = m + 1; n <= m + MAX_ROLE_WORDS; n++) {
    const t = tokens[n];
    if (!t?.word) return false;
    if (
      TITLE_WORDS.has(t.lower) ||
      (!t.cap && (PERSON_ROLE_NOUNS.has(t.lower) || UNNAMED_SOURCE_NOUNS.has(t.lower)))
    )
      return true;
    if (!t.cap) return false;
  }
  return false;
}

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
    } else if (last >= i && (pluralPossessive(tokens, k) || ownsTitle(tokens, k))) {
      // "said the Ontario Nurses’ Association": a plural possessive inside the name, or owning a role
      // ("said Sanders' spokesman Michael Briggs")
    } else if (last >= i && AFFILIATION_PREPOSITIONS.has(w.lower) && namesPerson(tokens, i, last)) {
      // "said Sgt. Maria Lopez of the state police": after a person's name, "of" starts their affiliation
      break;
    } else if (w.lower === 'for' && last >= i && forInName(tokens, i, k)) {
      // "said the charity Medical Aid for Palestinians": "for" inside an organisation's name
    } else if (
      w.word &&
      (UNNAMED_SOURCE_NOUNS.has(w.lower) ||
        ORG_ROLE_NOUNS.has(w.lower) ||
        roleHead(w) ||
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

/** "said Dubbo stock agent Tom Hale", "said the music critic Juan Pablo Castañeda", "said Cytonn Investments
 * research analyst Caleb Mugendi": after one word or an organisation's capitalised words, lowercase nouns up
 * to a role's head right before the name. */
function placedRole(tokens: readonly Token[], i: number, k: number): boolean {
  // (one word of any kind, "said the music critic …"; more only capitalised)
  if (k !== i + 1 && (k === i || k - i > MAX_PLACE_WORDS || !tokens.slice(i, k).every((t) => t.cap)))
    return false;
  for (let m = k; m < k + MAX_ROLE_WORDS; m++) {
    const w = tokens[m];
    if (!w?.word || w.cap || /(?:ed|ing|ly)$/.test(w.lower)) return false;
    if (isNameWordAt(tokens, m + 1)) return PERSON_ROLE_NOUNS.has(w.lower) || isAgentNoun(w.lower);
  }
  return false;
}

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

/** A person's role or relation in lower case heading the phrase ("said a nurse at the scene", "said her
 * grandmother"). */
const roleHead = (w: Token): boolean =>
  !w.cap && (PERSON_ROLE_NOUNS.has(w.lower) || RELATION_NOUNS.has(w.lower) || FAMILY_NOUNS.has(w.lower));

/** "said Vanta's captain, Lee Ji-hoon": a title in lower case after a name's possessive is a role. */
const ownedTitle = (tokens: readonly Token[], k: number, named: boolean): boolean =>
  named &&
  !tokenAt(tokens, k).cap &&
  TITLE_WORDS.has(tokenAt(tokens, k).lower) &&
  isPossessive(tokenAt(tokens, k - 1).lower);

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
