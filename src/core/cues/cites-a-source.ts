// "Reuters reported …, citing three sources aware of the matter": citing who said it names the source of
// another report, which says nothing of its own (unlike "cited the audit as the reason").
import { hasNonReportSense } from '../lexicon/cue-verbs';
import { ANONYMITY_WORDS } from '../lexicon/unnamed-sources';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** How far the source's noun may sit after the verb ("citing three unnamed senior officials"), in tokens. */
const MAX_SOURCE_GAP = 4;

function citesASource(w: TokenWindow): boolean {
  for (let k = 1; k <= MAX_SOURCE_GAP && w.has(k) && w.at(k).word; k++)
    // (sources in the plural: "another" stands for one, "citing another debate")
    if (w.in(k, UNNAMED_SOURCE_NOUNS) && !w.at(k).cap && /(s|people)$/.test(w.word(k)))
      return !w.has(k + 1) || !w.at(k + 1).word || w.in(k + 1, ANONYMITY_WORDS);
  return false;
}

export const CITES_A_SOURCE_FILTER: CueFilter = {
  name: 'cites a source',
  reason: 'citing sources or officials names where another report came from, not something said',
  example: 'Reuters reported the plan, [citing] three sources aware of the matter.',
  keeps: 'The senator [cited] the audit as the reason for the delay.',
  rejects: (w, hit) => hasNonReportSense(hit.lemma, 'source') && citesASource(w),
};
