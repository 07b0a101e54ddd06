// "Nurses have voted to strike after rejecting the pay offer": an -ing cue inside a time or manner adjunct
// ("after", "before", "while" …) whose object is a plain noun phrase is what someone did, not a report; with
// "that", a quote, a colon or an infinitive after it ("after saying that …", "while urging voters to …") it
// still reports.
import { ING_ADJUNCT_PREPS } from '../lexicon/adjunct-words';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** Most words of the object phrase read for an infinitive ("urging the city's voters to …"). */
const MAX_OBJECT = 6;

/** An object phrase that opens on a determiner and has no infinitive or clause after it. */
function plainObject(w: TokenWindow): boolean {
  if (!w.in(1, ARTICLES) && !w.in(1, POSSESSIVE_DETERMINERS)) return false;
  for (let k = 2; k <= MAX_OBJECT && w.has(k) && w.at(k).word; k++)
    if (w.word(k) === 'to' || w.word(k) === 'that') return false;
  return true;
}

export const ADJUNCT_PARTICIPLE_FILTER: CueFilter = {
  name: 'participle in an adjunct',
  reason:
    'an -ing form right after "after", "before", "while" … taking a plain noun phrase says what someone did, not what they said',
  example: 'Nurses voted to strike after [rejecting] the pay offer, the union said.',
  keeps: 'She resigned after [saying] that the vote was rigged.',
  rejects: (w, hit) => hit.form === 'ing' && w.in(-1, ING_ADJUNCT_PREPS) && plainObject(w),
};
