// "The car slammed into a tree", "Russian drones attacked Kyiv", "Waves lashed the coast": verbs of attack
// that report speech ("slammed the proposal as reckless") also strike bodily, which reports nothing.
import { BLOW_PARTICLES, STRIKING_SUBJECTS, STRUCK_TARGETS } from '../lexicon/blow-words';
import { hasNonReportSense } from '../lexicon/cue-verbs';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** How far the target may sit after the verb ("attacked a military convoy"), in tokens. */
const MAX_TARGET_GAP = 4;

/** The subject right before the verb, past an adverb ("Gunmen reportedly attacked"). */
const subjectBefore = (w: TokenWindow): number => (/ly$/.test(w.word(-1)) ? -2 : -1);

function strikesBodily(w: TokenWindow): boolean {
  if (w.in(1, BLOW_PARTICLES) || w.in(subjectBefore(w), STRIKING_SUBJECTS)) return true;
  for (let k = 1; k <= MAX_TARGET_GAP && w.has(k) && w.at(k).word; k++)
    if (w.in(k, STRUCK_TARGETS)) return true;
  return false;
}

export const STRIKES_BODILY_FILTER: CueFilter = {
  name: 'strikes bodily',
  reason: 'slamming into something, or an attack by fighters, weapons or weather, is a blow, not words',
  example: 'The car [slammed] into a tree on Route 9.',
  keeps: 'The senator [slammed] the proposal as reckless.',
  rejects: (w, hit) => hasNonReportSense(hit.lemma, 'blow') && strikesBodily(w),
};
