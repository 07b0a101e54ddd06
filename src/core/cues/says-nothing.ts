// "Piña has said little in public", "He said nothing about the deal": how much someone said, not a report.
// "He said nothing had changed" reports: a clause goes on after the amount.
import { TALK_AMOUNT_TAILS, TALK_AMOUNTS } from '../lexicon/cue-filter-words';
import { PREPOSITIONS } from '../lexicon/subject-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** An amount of talk right after the verb, then the sentence's end, a preposition or "else". */
function saysAnAmount(w: TokenWindow): boolean {
  if (!w.in(1, TALK_AMOUNTS)) return false;
  const next = w.at(2);
  // ("said much of his talk with Trump was about Israel": "of" makes the amount a clause's subject)
  const phrase = PREPOSITIONS.has(next.lower) && next.lower !== 'of';
  return !w.has(2) || !next.word || phrase || TALK_AMOUNT_TAILS.has(next.lower);
}

export const SAYS_NOTHING_FILTER: CueFilter = {
  name: 'says nothing',
  reason: '"said little", "said nothing about it" tell how much someone said, not what',
  example: 'The chief justice has [said] little in public.',
  keeps: 'The chief justice [said] nothing had changed.',
  rejects: (w, hit) => hit.lemma === 'say' && saysAnAmount(w),
};
