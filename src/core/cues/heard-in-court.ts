// "…, the court heard", "Jurors heard that …", "The inquest was told that …": British and Commonwealth court
// reporting gives what was said in evidence to the body that heard it. "Heard" reports only so (not "I heard
// a bang"), and "was told" is then no passive that reports nothing.
import { HEARING_BODIES } from '../lexicon/cue-context-words';
import { PASSIVE_AUXILIARIES } from '../lexicon/cue-filter-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** Perfect auxiliaries between the body and "heard" ("an inquest has heard"). */
const PERFECT = new Set(['has', 'had', 'have']);

/** The word before the form, past a perfect's or a passive's auxiliary, names a body hearing evidence. */
export function hearingBody(w: TokenWindow): boolean {
  const k = PERFECT.has(w.word(-1)) || PASSIVE_AUXILIARIES.has(w.word(-1)) ? -2 : -1;
  return w.in(k, HEARING_BODIES);
}

export const HEARD_IN_COURT_FILTER: CueFilter = {
  name: 'heard, outside court',
  reason:
    '"heard" reports only what a court, jury or inquest heard in evidence; "hears" is a headline\'s hearing of a case, and "heard from" names a witness',
  example: 'Neighbours [heard] a loud bang after midnight.',
  keeps: 'The defendant had followed her home, the court [heard].',
  rejects: (w, hit) => hit.lemma === 'hear' && (hit.form !== 'ed' || w.word(1) === 'from' || !hearingBody(w)),
};
