// "the people said, asking not to be identified", "who declined to give his name": a source's request to go
// unnamed, not what they said.
// ("asking for anonymity to speak freely" stays: PolNeAR's annotators read the request as one.)
import { ANONYMITY_ASKS } from '../lexicon/cue-filter-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** Most words between "that" and the name's "be" ("that | her | full | name | not | be"). */
const MAX_THAT_WORDS = 5;

/** "not to be identified|named|quoted" right after the verb, or "that her name not be used", "that his name
 * be withheld". */
const asksAnonymity = (w: TokenWindow): boolean =>
  (w.word(1) === 'not' && w.word(2) === 'to' && w.word(3) === 'be' && w.in(4, ANONYMITY_ASKS)) ||
  (w.word(1) === 'that' &&
    Array.from({ length: MAX_THAT_WORDS }, (_, n) => n + 2).some(
      (k) => w.word(k) === 'be' && w.in(k + 1, ANONYMITY_ASKS),
    ));

export const ASKS_ANONYMITY_FILTER: CueFilter = {
  name: 'asks anonymity',
  reason: '"asking not to be identified" is a source asking to go unnamed, not a report',
  example: 'The plan was shelved, the people said, [asking] not to be identified.',
  keeps: 'The people said, [asking] the council to act.',
  rejects: (w, hit) => hit.lemma === 'ask' && asksAnonymity(w),
};

/** "to be named|identified" or "to give (his|her full) name" right after the verb. */
const declinesName = (w: TokenWindow): boolean =>
  w.word(1) === 'to' &&
  ((w.word(2) === 'be' && w.in(3, ANONYMITY_ASKS)) ||
    (w.word(2) === 'give' && [4, 5].some((k) => w.word(k) === 'name')));

export const DECLINES_NAME_FILTER: CueFilter = {
  name: 'declines to be named',
  reason: '"declined to give his name" is a source withholding a name, not a report',
  example: 'One trucker, who [declined] to give his name, said the dock was stuck.',
  keeps: 'The company [declined] to comment on the dock.',
  rejects: (w, hit) => hit.lemma === 'decline' && declinesName(w),
};

/** "on (the) condition" right after the verb. */
const onCondition = (w: TokenWindow): boolean =>
  w.word(1) === 'on' && (w.word(2) === 'condition' || (w.word(2) === 'the' && w.word(3) === 'condition'));

export const SPEAKS_ON_CONDITION_FILTER: CueFilter = {
  name: 'speaks on condition',
  reason: '"spoke on the condition that they not be named" sets terms for speaking, not what was said',
  example: 'One MP, who [spoke] on the condition that they not be named, said the deal was costly.',
  keeps: 'One MP [spoke] about the deal.',
  rejects: (w, hit) => hit.lemma === 'speak' && onCondition(w),
};
