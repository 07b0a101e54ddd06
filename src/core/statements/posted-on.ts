// "A post shared on the county's Facebook page said …", "A statement on the union's website said …": a
// document put on someone's page speaks for the page's owner (the phrase returned is the page with its owner,
// "the county's Facebook page", which document-owner.ts reads as the owner); "A page set up by her sister
// says …": for its maker; "A letter sent to parents said …": for itself, with nobody else named.
import { DOCUMENT_DESTINATIONS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { CHANNEL_NOUNS } from '../lexicon/cue-nouns';
import { CUE_ADJUNCT_PREPS } from '../lexicon/adjunct-words';
import type { Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isPossessive } from '../text/possessive';
import { isPastForm } from './has-verb';
import { phraseAfter } from '../speakers/phrase-after';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';

/** Most words from the page's owner to the page ("the Long County School System's Facebook page"). */
const MAX_PAGE_PHRASE = 10;

/** The page phrase ending at token j, after a document and where it was put, or null. */
function postedOn(toks: readonly Token[], j: number, floor: number): Phrase | null {
  // ("… on the county's Facebook said": a channel's name stands for its page)
  if (!DOCUMENT_NOUNS.has(tokenAt(toks, j).lower) && !CHANNEL_NOUNS.has(tokenAt(toks, j).lower)) return null;
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

/** Most tokens from a document's participle to the cue ("shared on the district's Facebook page"). */
const MAX_SENT_PHRASE = 10;

/** "A letter sent to parents said …", "A video shared on Facebook said …": a document with its participle
 * and where it went, and no owner or maker named in between, speaks for itself (not "parents", not
 * "Facebook"). The phrase runs from the document's first word to token j. */
function sentDocument(toks: readonly Token[], j: number, floor: number): Phrase | null {
  for (let p = j; p > floor && j - p < MAX_SENT_PHRASE; p--) {
    const t = tokenAt(toks, p);
    // (a maker or owner named in between speaks instead: "A release sent to media from UFCW Local 832")
    if (!t.word || t.lower === 'by' || t.lower === 'from' || isPossessive(t.text)) return null;
    // (the participle of a lowercase document, then where it went: not "The Post quoted …", "his tweet
    // followed another")
    const doc = toks[p - 1];
    if (!doc || doc.cap || !DOCUMENT_NOUNS.has(doc.lower) || !isPastForm(t.lower)) continue;
    if (!wentSomewhere(toks[p + 1])) return null;
    return p < j ? { first: determinerBefore(toks, p - 1, floor), last: j, kind: 'unnamed' } : null;
  }
  return null;
}

/** Most modifiers between a document and its determiner ("a two-page handwritten letter"). */
const MAX_MODIFIERS = 3;

/** The determiner of the noun at k past a few lowercase modifiers ("A new letter"), or k itself. */
function determinerBefore(toks: readonly Token[], k: number, floor: number): number {
  for (let d = k - 1; d >= Math.max(floor, k - 1 - MAX_MODIFIERS); d--) {
    const w = tokenAt(toks, d);
    if (ARTICLES.has(w.lower) || POSSESSIVE_DETERMINERS.has(w.lower)) return d;
    if (!w.word || w.cap) break;
  }
  return k;
}

/** The document phrase before a cue at `cue` whose subject search skipped back to token j (past a channel:
 * "A video shared on Facebook said"): the page it was put on, or the document itself. */
export function documentBefore(toks: readonly Token[], j: number, cue: number, floor: number): Phrase | null {
  const ends = j < cue - 1 ? [j, cue - 1] : [j];
  for (const end of ends) {
    const page = postedOn(toks, end, floor);
    if (page) return page;
  }
  for (const end of ends) {
    const sent = sentDocument(toks, end, floor);
    if (sent) return sent;
  }
  return null;
}

/** Where a document went, right after its participle ("sent to", "shared on", "posted online"); a time alone
 * ("published Wednesday") leaves the document as it was named. */
const wentSomewhere = (t: Token | undefined): boolean =>
  !!t && (DOCUMENT_DESTINATIONS.has(t.lower) || CUE_ADJUNCT_PREPS.has(t.lower));
