// Filters for a cue verb in a mood that reports nothing: what someone must, should or shall say (a duty
// or a rule), and what someone must have said (the writer's guess).
import { OBLIGATION_MODALS } from '../lexicon/cue-filter-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** The modal before the verb at `w`, past "have" and one adverb ("must publicly declare"). */
function modalBefore(w: TokenWindow): boolean {
  let k = -1;
  if (w.at(k).word && w.word(k).endsWith('ly')) k--;
  if (w.word(k) === 'have') k--;
  return w.in(k, OBLIGATION_MODALS);
}

export const UNSAID_MOODS: readonly CueFilter[] = [
  {
    name: 'a duty or a guess',
    reason: 'what someone must or should say is a rule, and what they "must have said" a guess',
    example: 'Under the law, lobbyists must [declare] if they represent foreign leaders.',
    // ("I must say that …", "I should say that …": a speaker's own hedge says it all the same)
    keeps: 'I must [say] that the bridge is safe.',
    rejects: (w, hit) =>
      hit.form !== 'ing' && (hit.lemma !== 'say' || w.word(-1) === 'have') && modalBefore(w),
  },
];
