// "A post shared on the county's Facebook page said …", "A statement on the union's website said …": a
// document put on someone's page speaks for the page's owner (the phrase returned is the page with its owner,
// "the county's Facebook page", which document-owner.ts reads as the owner); "A page set up by her sister
// says …": for its maker.
import { DOCUMENT_DESTINATIONS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import type { Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isPossessive } from '../text/possessive';
import { isPastForm } from './has-verb';
import { phraseAfter } from '../speakers/phrase-after';

/** Most words from the page's owner to the page ("the Long County School System's Facebook page"). */
const MAX_PAGE_PHRASE = 10;

/** The page phrase ending at token j, after a document and where it was put, or null. */
function postedOn(toks: readonly Token[], j: number, floor: number): Phrase | null {
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

/** Most tokens from a document's participle to the cue ("set up by her younger sister"). */
const MAX_BY_PHRASE = 8;

/** "A GoFundMe page set up by her sister says …", "A report released by the ministry says …": whoever made the
 * document, named after "by", speaks through it. The phrase ends at token j, right before the cue. */
function documentBy(toks: readonly Token[], j: number, floor: number): Phrase | null {
  let by = j;
  while (by > floor && j - by < MAX_BY_PHRASE && tokenAt(toks, by).lower !== 'by') by--;
  if (tokenAt(toks, by).lower !== 'by') return null;
  // the participle right after the document, or before its particle ("set up", "put out")
  const p = isPastForm(toks[by - 1]?.lower ?? '') ? by - 1 : by - 2;
  if (!isPastForm(toks[p]?.lower ?? '') || !DOCUMENT_NOUNS.has(toks[p - 1]?.lower ?? '')) return null;
  const maker = phraseAfter(toks, by + 1, j);
  return maker?.last === j ? maker : null;
}

/** Who speaks through a document before the cue ending at token j: the page it was put on, or its maker. */
export const throughDocument = (toks: readonly Token[], j: number, floor: number): Phrase | null =>
  postedOn(toks, j, floor) ?? documentBy(toks, j, floor);
