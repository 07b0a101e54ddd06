// "The book asserted …", "the oil industry says …", "technology companies are quick to point out": a speaker
// named by a plain noun phrase rather than a name or pronoun.
import { AUXILIARIES_AND_ADVERBS } from '../lexicon/subject-cue-gap';
import {
  CLAUSE_JOINS,
  COLLECTIVE_NOUNS,
  DETERMINERS,
  NON_HEAD_WORDS,
  PREPOSITIONS,
} from '../lexicon/subject-words';
import { SOURCE_HEAD_NOUNS } from '../lexicon/unnamed-sources';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { ORG_HEADS } from '../lexicon/org-heads';
import type { Token } from '../text/tokenize';
import { isAbbrevDot, properBack } from './name-words';
import { isAdverb } from './skip-aux-back';
import type { Phrase } from './speaker-phrase';
import { tokenAt } from '../text/token-window';

/** "This context emphasizes …": after a demonstrative only a source-like head is a speaker. */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Longest described subject ("the oil industry", "The new book"), in tokens. */
const MAX_DESCRIBED = 5;

/** "The book asserted …", "the oil industry says …": a determiner phrase ending in a plain noun. */
export function describedSubject(tokens: readonly Token[], j: number, floor: number): Phrase | null {
  const head = tokenAt(tokens, j);
  // "those involved say": people named by a participle after "those"
  if (/ed$/.test(head.lower) && tokens[j - 1]?.lower === 'those') {
    const first = tokens[j - 2]?.lower === 'all' ? j - 2 : j - 1;
    return opensSubject(tokens, first, floor) ? { first, last: j, kind: 'unnamed' } : null;
  }
  // ("the right wing said": "wing", "king", "thing" are no participles)
  const participle =
    /ing$/.test(head.lower) &&
    !/^([a-z]?[^aeiou]?)(wing|king|thing|ring|string)$/.test(head.lower) &&
    !DOCUMENT_NOUNS.has(head.lower); // ("the ruling said")
  if (head.cap || NON_HEAD_WORDS.has(head.lower) || participle || /(ly|ed|n[’']t)$/.test(head.lower))
    return null;
  // "technology companies are quick to point out": a bare plural opening its clause is a subject too
  let plural = PLURAL.test(head.lower) || COLLECTIVE_NOUNS.has(head.lower); // "city staff said"
  let k = j - 1;
  for (; k >= Math.max(floor, j - MAX_DESCRIBED); k--) {
    const t = tokenAt(tokens, k);
    // "Clinton’s team says", "Jones' office said": a name's possessive determines the head like "the"
    // (a bare apostrophe only before a head that speaks: not "Democrats' new warning: …")
    const owned = t.cap && (t.lower.endsWith('’s') || t.lower.endsWith("'s"));
    if (owned || (pluralPossessive(tokens, k) && tokens[k - 1]?.cap && speakingHead(head))) {
      const name = properBack(tokens, owned ? k : k - 1, floor);
      // ("The Premier's office said": a title's owner with its article)
      const first = name - 1 >= floor && tokens[name - 1]?.lower === 'the' ? name - 1 : name;
      return opensSubject(tokens, first, floor) ? { first, last: j, kind: 'unnamed' } : null;
    }
    if (isAbbrevDot(tokens, k) || pluralPossessive(tokens, k)) continue; // "The Jan. 5 release said", "the nurses' union"
    if (!t.word) return plural ? { first: k + 1, last: j, kind: 'unnamed' } : null;
    // "The program is hardly formal"; but "first" after a determiner is the ordinal ("the first lady")
    const ordinal = t.lower === 'first' && DETERMINERS.has(tokens[k - 1]?.lower ?? '');
    if ((AUXILIARIES_AND_ADVERBS.has(t.lower) || isAdverb(t)) && !ordinal) return null;
    if (DETERMINERS.has(t.lower)) {
      if (DEMONSTRATIVES.has(t.lower) && !SOURCE_HEAD_NOUNS.has(head.lower)) return null;
      return opensSubject(tokens, k, floor) ? { first: k, last: j, kind: 'unnamed' } : null;
    }
    if (CLAUSE_JOINS.has(t.lower)) return plural ? { first: k + 1, last: j, kind: 'unnamed' } : null;
    if (PREPOSITIONS.has(t.lower)) plural = false; // "reporting from multiple outlets": "outlets" is no head
  }
  return k < floor && plural ? { first: floor, last: j, kind: 'unnamed' } : null;
}

/** A described subject starts its clause: at the floor, after punctuation or a joining word; or it is whose
 * a document is ("A statement from Hochul's office said"). */
function opensSubject(tokens: readonly Token[], k: number, floor: number): boolean {
  const before = tokens[k - 1];
  const whose = before?.lower === 'from' && DOCUMENT_NOUNS.has(tokens[k - 2]?.lower ?? '');
  return k === floor || !before || !before.word || CLAUSE_JOINS.has(before.lower) || whose;
}

/** A head an owner's possessive may determine: an organisation's, a source's or a document's. */
const speakingHead = (t: Token): boolean =>
  ORG_HEADS.has(t.lower) || SOURCE_HEAD_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower);

/** A plural noun head ("technologists", "companies"), not "news", "status" or "analysis". */
const PLURAL = /^[a-z-]{3,}[^su’']s$/;

/** The apostrophe of a plural possessive glued to its word ("teachers' union", "nurses’ union"). */
const pluralPossessive = (tokens: readonly Token[], k: number): boolean =>
  /^['’]$/.test(tokenAt(tokens, k).text) &&
  /s$/.test(tokens[k - 1]?.lower ?? '') &&
  tokens[k - 1]?.end === tokenAt(tokens, k).start;
