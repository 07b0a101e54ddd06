// Lowercase role words between an inverted cue and a name ("said chief engineer Ruth Okafor", "said
// Cytonn Investments research analyst Caleb Mugendi"), split from phrase-after.ts.
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { ROLE_STOP_WORDS } from '../lexicon/speaker-phrase-words';
import { isAgentNoun } from '../text/agent-noun';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { commonPlurals, isNameWord, isNameWordAt } from './name-words';

/** Most lowercase role words before a name ("said clinic nurse manager Erin Kim"). */
const MAX_ROLE_WORDS = 3;
/** Most capitalised words of a place or an organisation before those ("said Cytonn Investments …"). */
const MAX_PLACE_WORDS = 4;

/** A lowercase role word before a name ("said chief engineer Ruth Okafor"): not a function word or a verb
 * form, so "said the plan was Smith's" never reads "plan was" as a role. */
export function isRoleBeforeName(tokens: readonly Token[], k: number, first: boolean): boolean {
  // several role words only where the phrase starts ("says clinic manager Erin Kim"), none a verb's -s form
  for (let m = k; m < k + (first ? MAX_ROLE_WORDS : 1); m++) {
    const w = tokens[m];
    if (commonPlurals(tokens, m)) continue; // "said plaintiffs' attorney Rebecca Stein"
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

/** "said Dubbo stock agent Tom Hale", "said the music critic Juan Pablo Castañeda", "said Cytonn Investments
 * research analyst Caleb Mugendi": after one word or an organisation's capitalised words, lowercase nouns up
 * to a role's head right before the name. */
export function placedRole(tokens: readonly Token[], i: number, k: number): boolean {
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
