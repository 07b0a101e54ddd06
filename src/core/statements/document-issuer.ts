// "Black Lives Matter issued a statement saying …": a document put out by the subject says what its issuer
// says, so the participle's speaker is the subject, not "a statement"; nor is the one it went to
// ("Senators wrote to the Justice Department demanding …").
import { ADDRESSING_VERBS, DOCUMENT_NOUNS, ISSUING_VERBS } from '../lexicon/document-nouns';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { clauseSubject } from './cue-subject';

/** Most words between the article and the document ("a strongly worded joint statement"). */
const MAX_MODIFIERS = 3;

/** The subject that issued the document phrase p ("a statement", "a joint letter"), or null. */
export function documentIssuer(toks: readonly Token[], p: Phrase, floor: number): Phrase | null {
  if (p.kind !== 'unnamed' && p.kind !== 'proper') return null;
  if (!DOCUMENT_NOUNS.has(tokenAt(toks, p.last).lower)) return null;
  // the article may sit inside p or right before it ("an open letter", "a statement"); a description
  // reaching back past the verb ("the union’s director, released a letter") still ends in the document
  let k = p.last - 1;
  while (p.last - k <= MAX_MODIFIERS && toks[k]?.word && !INDEFINITE_ARTICLES.has(tokenAt(toks, k).lower))
    k--;
  if (!INDEFINITE_ARTICLES.has(toks[k]?.lower ?? '')) return null;
  k--;
  if (toks[k]?.lower === 'out') k--; // "put out a statement"
  if (k <= floor || !ISSUING_VERBS.has(tokenAt(toks, k).lower)) return null;
  // ("The commission later issued a statement saying": past the adverbs before the verb)
  return phraseBefore(toks, skipAuxBack(toks, k - 1, floor), floor) ?? clauseSubject(toks, floor, k, true);
}

/** "Senators wrote to the Justice Department demanding …", "signed a letter to Downing Street urging …":
 * the one written or spoken to (phrase p after "to") is no participle's subject; the one who wrote is. */
export function sender(toks: readonly Token[], p: Phrase, floor: number): Phrase | null {
  const b = tokenAt(toks, p.first - 1).lower === 'the' ? p.first - 2 : p.first - 1;
  if (tokenAt(toks, b).lower !== 'to') return null;
  // back to the verb, over its object ("signed a letter", "sent an open letter")
  let v = b - 1;
  while (v > floor && b - v <= MAX_MODIFIERS + 1 && !ADDRESSING_VERBS.has(tokenAt(toks, v).lower)) v--;
  if (v <= floor || !ADDRESSING_VERBS.has(tokenAt(toks, v).lower)) return null;
  return phraseBefore(toks, skipAuxBack(toks, v - 1, floor), floor);
}
