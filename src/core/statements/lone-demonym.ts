// "Chinese comments": a demonym alone before a cue names no one, unless "the" makes it a nation's person
// ("The Russian said") or the article knows it as a speaker.
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/nationality-nouns';
import type { Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { CueScan } from './cue-scan';
import { isDemonym } from '../speakers/is-demonym';

export function loneDemonym(scan: CueScan, raw: Phrase): boolean {
  const last = tokenAt(scan.toks, raw.last);
  return (
    raw.kind === 'proper' &&
    raw.first === raw.last &&
    isDemonym(last.lower) &&
    !(scan.toks[raw.first - 1]?.lower === 'the' && NATIONALITY_PERSON_NOUNS.has(last.lower)) &&
    !scan.isKnownSpeaker(last.text)
  );
}
