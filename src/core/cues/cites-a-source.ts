// "Reuters reported …, citing three sources aware of the matter": citing who said it names the source of
// another report, which says nothing of its own (unlike "cited the audit as the reason").
import { hasNonReportSense } from '../lexicon/cue-verbs';
import { ANONYMITY_WORDS } from '../lexicon/unnamed-sources';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';
import { REPORTS_AFTER_CITING } from '../lexicon/cue-context-words';
import { ORG_HEADS } from '../lexicon/org-heads';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { PREPOSITIONS } from '../lexicon/subject-words';

/** How far the source's noun may sit after the verb ("citing three unnamed senior officials"), in tokens. */
const MAX_SOURCE_GAP = 4;

function citesASource(w: TokenWindow): boolean {
  for (let k = 1; k <= MAX_SOURCE_GAP && w.has(k) && w.at(k).word; k++)
    // (sources in the plural: "another" stands for one, "citing another debate")
    if (w.in(k, UNNAMED_SOURCE_NOUNS) && !w.at(k).cap && /(s|people)$/.test(w.word(k)))
      return !w.has(k + 1) || !w.at(k + 1).word || w.in(k + 1, ANONYMITY_WORDS);
  return false;
}

/** Most tokens of what is cited before the comma that closes it ("citing a source in the Russian foreign
 * ministry,"). */
const MAX_CITED = 12;

/** "Interfax, citing a source, reported that …", "Interfax reported, citing a source, that …": what is cited
 * is closed by a comma before the report it gave ("reported", "said") or the report's "that". */
function citedForReport(w: TokenWindow): boolean {
  let head = ''; // the cited phrase's head, before any preposition: someone, not "data from the ministry"
  for (let k = 1; k <= MAX_CITED && w.has(k); k++) {
    if (w.at(k).text === ',') {
      head ||= w.word(k - 1);
      return (
        (UNNAMED_SOURCE_NOUNS.has(head) || ORG_HEADS.has(head)) &&
        !DOCUMENT_NOUNS.has(head) &&
        (w.word(k + 1) === 'that' || w.in(k + 1, REPORTS_AFTER_CITING))
      );
    }
    if (!w.at(k).word && w.at(k).text !== '.') return false;
    if (w.in(k, PREPOSITIONS)) head ||= w.word(k - 1);
  }
  return false;
}

export const CITES_A_SOURCE_FILTER: CueFilter = {
  name: 'cites a source',
  reason: 'citing sources or officials names where another report came from, not something said',
  example: 'Reuters reported the plan, [citing] three sources aware of the matter.',
  keeps: 'The senator [cited] the audit as the reason for the delay.',
  rejects: (w, hit) => hasNonReportSense(hit.lemma, 'source') && (citesASource(w) || citedForReport(w)),
};
