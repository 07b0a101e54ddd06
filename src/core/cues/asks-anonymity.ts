// "the people said, asking not to be identified": a source's request to go unnamed, not what they said.
// ("asking for anonymity to speak freely" stays: PolNeAR's annotators read the request as one.)
import { ANONYMITY_ASKS } from '../lexicon/cue-filter-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** "not to be identified|named|quoted" right after the verb. */
const asksAnonymity = (w: TokenWindow): boolean =>
  w.word(1) === 'not' && w.word(2) === 'to' && w.word(3) === 'be' && w.in(4, ANONYMITY_ASKS);

export const ASKS_ANONYMITY_FILTER: CueFilter = {
  name: 'asks anonymity',
  reason: '"asking not to be identified" is a source asking to go unnamed, not a report',
  example: 'The plan was shelved, the people said, [asking] not to be identified.',
  keeps: 'The people said, [asking] the council to act.',
  rejects: (w, hit) => hit.lemma === 'ask' && asksAnonymity(w),
};
