// "a volunteer who has taken [calls] for the service": an -s form after a perfect's participle is its object.
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { DISTINCT_PAST, SHARED_PAST } from '../lexicon/past-verbs';
import type { CueFilter } from './cue-filter';

/** A past participle: regular ("received"), in -en or -wn ("taken", "shown"), or a past form like it. */
const PARTICIPLE = /[a-z](?:ed|en|wn)$/;

export const PERFECT_OBJECT_FILTER: CueFilter = {
  name: 'object of a perfect',
  reason: 'an -s form right after an auxiliary and a past participle is that verb’s plural object',
  example: 'George Abbott, a volunteer who has taken [calls] for the service, said so.',
  keeps: 'Everyone involved [says] the plan failed.',
  rejects: (w, hit) =>
    hit.form === 's' &&
    w.in(-2, FINITE_AUXILIARIES) &&
    (PARTICIPLE.test(w.word(-1)) || DISTINCT_PAST.has(w.word(-1)) || SHARED_PAST.has(w.word(-1))),
};
