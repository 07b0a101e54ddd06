// A cue filter is one named reason why a cue-verb form is no report here. Rules are rows, so adding one
// is adding a row with a sentence that shows it (test/unit/core/cues/cue-filters.test.ts runs every example).
import type { TokenWindow } from '../text/token-window';
import type { VerbForm } from './inflect-verb';

/** A cue verb's lemma and the form a word takes of it ("said" → say, ed). */
export interface CueForm {
  readonly lemma: string;
  readonly form: VerbForm;
}

export interface CueFilter {
  readonly name: string;
  /** Why a form in this context reports nothing, in words a linguist would use. */
  readonly reason: string;
  /** A sentence where the rule rejects the word in [brackets]. */
  readonly example: string;
  /** Optional near miss: a sentence where the [bracketed] form must survive this rule. */
  readonly keeps?: string;
  /** True when the form at the window's position is rejected. */
  readonly rejects: (w: TokenWindow, hit: CueForm) => boolean;
}

/** The first filter among `filters` that rejects the form at `w`, if any. */
export function rejectingFilter(
  filters: readonly CueFilter[],
  w: TokenWindow,
  hit: CueForm,
): CueFilter | undefined {
  return filters.find((f) => f.rejects(w, hit));
}
