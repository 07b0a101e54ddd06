// "people familiar with the matter", "a source close to the talks", "experts not involved in the study",
// "Gastroenterologists not involved in the study": an unnamed source before what keeps it unnamed, read back
// from the cue (split from speaker-phrase.ts).
import { ANONYMITY_WORDS } from '../lexicon/unnamed-sources';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { anonymousTrade } from './plural-people';
import type { Phrase } from './speaker-phrase';
import { unnamedBack } from './unnamed-back';

/** How far back from the cue the source's noun may stand; further when what keeps it unnamed holds a
 * "between" ("A person familiar with the talks between the government and the operators said"). */
const REACH = 6;
const BETWEEN_REACH = 14;

/** The unnamed source whose phrase ends at token j, or null. */
export function anonymousSource(tokens: readonly Token[], j: number, floor: number): Phrase | null {
  // (read on every phrase: a scan, not a slice)
  let between = false;
  for (let k = Math.max(floor, j - BETWEEN_REACH); k < j && !between; k++)
    between = tokens[k]?.lower === 'between';
  for (let k = j - 1; k >= Math.max(floor, j - (between ? BETWEEN_REACH : REACH)); k--) {
    const w = tokenAt(tokens, k);
    if (!w.word) break;
    const not = tokenAt(tokens, k + 1).lower === 'not' ? 1 : 0;
    const after = tokenAt(tokens, k + 1 + not).lower;
    if (UNNAMED_SOURCE_NOUNS.has(w.lower) ? ANONYMITY_WORDS.has(after) : anonymousTrade(w.lower, after))
      return { first: unnamedBack(tokens, k, floor), last: j, kind: 'unnamed' };
  }
  return null;
}
