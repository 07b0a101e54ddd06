// "the capital of Sinaloa state", "Texas state officials": "state" right after a place's name is the noun
// for the place, not a verb of saying.
import { DETERMINERS } from '../lexicon/subject-words';
import { SUBJECT_PRONOUNS } from '../lexicon/function-words';
import type { CueFilter } from './cue-filter';
import type { TokenWindow } from '../text/token-window';

/** After a capitalised word inside the sentence, "state" before a stop or a lowercase word that opens no
 * clause of its own ("… state, early on Tuesday", "… state officials"). */
function placeState(w: TokenWindow): boolean {
  const next = w.at(1);
  const opensClause =
    next.lower === 'that' || DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower);
  return w.at(-1).cap && w.at(-1).word && w.has(-2) && (!next.word || (!next.cap && !opensClause));
}

export const NAMES_A_STATE_FILTER: CueFilter = {
  name: 'a place’s state',
  reason: '"state" right after a place’s name is the noun for a region, not a verb',
  example: 'Police detained him in Culiacán, the capital of Sinaloa [state], early on Tuesday.',
  keeps: 'Officials at the Texas Department of Health [state] that the water is safe.',
  rejects: (w, hit) => hit.lemma === 'state' && hit.form === 'base' && placeState(w),
};
