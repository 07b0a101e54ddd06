// "The man accused of the attack told the court …": "accused of" right after its noun describes who is
// charged, not a report ("She accused him of lying", "he was accused of …" are not this).
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { SUBJECT_PRONOUNS } from '../lexicon/function-words';
import type { CueFilter } from './cue-filter';

export const ACCUSED_OF_FILTER: CueFilter = {
  name: 'accused of, describing',
  reason: '"the man accused of the attack" names someone by the charge against them; nobody says anything',
  example: 'The man [accused] of the attack told the court he was innocent.',
  keeps: 'The mayor [accused] the council of lying.',
  rejects: (w, hit) =>
    hit.lemma === 'accuse' &&
    hit.form === 'ed' &&
    w.word(1) === 'of' &&
    w.at(-1).word &&
    !w.at(-1).cap &&
    !w.in(-1, FINITE_AUXILIARIES) &&
    !w.in(-1, SUBJECT_PRONOUNS) && // ("the field, who he accused of preying …")
    w.word(-1) !== 'been' &&
    w.word(-1) !== 'being',
};
