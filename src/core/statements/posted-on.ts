// "A post shared on the county's Facebook page said …", "A statement on the union's website said …": a
// document put on someone's page speaks for the page's owner. The phrase returned is the page with its
// owner ("the county's Facebook page"), which document-owner.ts reads as the owner.
import { DOCUMENT_DESTINATIONS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import type { Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isPossessive } from '../text/possessive';

/** Most words from the page's owner to the page ("the Long County School System's Facebook page"). */
const MAX_PAGE_PHRASE = 10;

/** The page phrase ending at token j, after a document and where it was put, or null. */
export function postedOn(toks: readonly Token[], j: number, floor: number): Phrase | null {
  if (!DOCUMENT_NOUNS.has(tokenAt(toks, j).lower)) return null;
  let on = j - 1;
  while (on > floor && j - on < MAX_PAGE_PHRASE && !DOCUMENT_DESTINATIONS.has(tokenAt(toks, on).lower)) on--;
  if (!DOCUMENT_DESTINATIONS.has(tokenAt(toks, on).lower)) return null;
  if (
    !toks.slice(on + 1, j).some((t) => t.word && isPossessive(t.text)) ||
    toks.slice(on + 1, j).some((t) => !t.word)
  )
    return null;
  // the document right before, or with its participle ("a post shared on")
  const participle = /ed$/.test(toks[on - 1]?.lower ?? '') ? 1 : 0;
  return DOCUMENT_NOUNS.has(toks[on - 1 - participle]?.lower ?? '')
    ? { first: on + 1, last: j, kind: 'unnamed' }
    : null;
}
