// "Parents interviewed by CBC News said …", "voters polled by Gallup say …": the name after "by" is who
// asked, not who speaks; the people the participle describes do.
import { tokenOrNone } from '../text/token-window';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import { isPastForm } from './has-verb';

/** The phrase from the people before "<participle> by" to the agent `p`, when `p` is such an agent. */
export function agentHead(toks: readonly Token[], p: Phrase, floor: number): Phrase | null {
  const by = tokenOrNone(toks, p.first - 1)?.lower === 'the' ? p.first - 2 : p.first - 1;
  if (p.kind !== 'proper' || toks[by]?.lower !== 'by' || !isPastForm(tokenOrNone(toks, by - 1)?.lower ?? ''))
    return null;
  const head = phraseBefore(toks, by - 2, floor);
  const noun = toks[head?.last ?? -1]?.lower ?? '';
  // (people, not a document: "A statement released by the White House said" is the White House's)
  return head && head.kind === 'unnamed' && UNNAMED_SOURCE_NOUNS.has(noun) && !DOCUMENT_NOUNS.has(noun)
    ? { ...head, last: p.last }
    : null;
}
