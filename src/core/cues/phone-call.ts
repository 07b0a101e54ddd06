// "she called him with an idea", "Ruiz called her back on Monday": "call" with a person as its object and then
// how or when is a phone call, which reports nothing (unlike "called him a liar", "called him to say …").
import { PHONE_CALL_NEXT } from '../lexicon/cue-filter-words';
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** Most words of a name called ("Ana Ruiz"). */
const MAX_NAME = 3;

/** The person called, then a word of how or when (or the sentence's end). */
function callsSomeone(w: TokenWindow): boolean {
  let k = 1;
  if (w.in(1, OBJECT_PRONOUNS)) k = 2;
  else while (k <= MAX_NAME && w.has(k) && w.at(k).word && w.at(k).cap) k++;
  if (k === 1) return false;
  // (a stop that ends the sentence, not an abbreviation's: "calling Indiana Gov. Mike Pence “my partner”")
  return !w.has(k) || w.in(k, PHONE_CALL_NEXT) || (w.at(k).text === '.' && !w.has(k + 1));
}

export const PHONE_CALL_FILTER: CueFilter = {
  name: 'phone call',
  reason: '"call" with a person and then how or when is a phone call, not a report of what was said',
  example: 'Her son had just finished his residency when she [called] him with an idea.',
  keeps: 'The senator [called] him a liar.',
  rejects: (w, hit) => hit.lemma === 'call' && callsSomeone(w),
};
