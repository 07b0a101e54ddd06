// "Black Lives Matter issued a statement saying …": a document put out by the subject says what its issuer
// says, so the participle's speaker is the subject, not "a statement".
import { DOCUMENT_NOUNS, ISSUING_VERBS } from '../lexicon/document-nouns';
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
  return phraseBefore(toks, k - 1, floor) ?? clauseSubject(toks, floor, k, true);
}
