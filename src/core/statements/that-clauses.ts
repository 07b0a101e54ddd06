// "The report warned that rents would rise, that vacancies would fall and that tenants would be squeezed":
// one cue, several that-clauses, one statement each.
import { insideQuote } from '../quotes/in-quote';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import type { Sentence } from '../sentences/split-sentences';
import type { Span } from '../types';
import { trimContent, wordCount } from './draft';
import { tokenAt } from '../text/token-window';
import { firstStarting } from '../text/first-starting';
import {
  AND_OR,
  CLAUSE_SUBJECT_PRONOUNS,
  CLAUSE_SUBJECT_WORDS,
  THAT_CLAUSE_JOINS,
} from '../lexicon/clause-boundary-words';

/** Tokens that open a clause's subject after "that": a pronoun, determiner, name or number. */
const opensSubject = (word: string): boolean =>
  CLAUSE_SUBJECT_WORDS.has(word) ||
  /^\d/.test(word) ||
  CLAUSE_SUBJECT_PRONOUNS.has(CONTRACTION.exec(word)?.[1] ?? ''); // "that they’re …"
const CONTRACTION = /^(\w+)[’'](?:s|re|ll|d|ve|m)$/;
/** Fewest words in each part: shorter parts stay joined ("that it would, and that quickly"). */
const MIN_PART_WORDS = 3;

/** The that-clauses of content `span` (after "that" or a that-less clause), split where "and that" / ", that" starts a
 * new one outside quotation marks. One span when there is no second clause. */
export function thatClauses(text: string, s: Sentence, span: Span): Span[] {
  const toks = s.tokens;
  // "emails that were not marked … and that Clinton thinks …": relative clauses of one noun stay together
  const first = firstStarting(toks, span.start);
  const afterThat = toks[first - 1]?.lower === 'that';
  if (afterThat && FINITE_AUXILIARIES.has(toks[first]?.lower ?? '')) return [span];
  const parts: Span[] = [];
  let start = span.start;
  for (let i = Math.max(1, first); i < toks.length; i++) {
    const t = tokenAt(toks, i);
    if (t.end > span.end) break;
    if (t.start <= start) continue;
    if (t.lower !== 'that' || !THAT_CLAUSE_JOINS.has(tokenAt(toks, i - 1).lower) || insideQuote(s, t.start))
      continue;
    // "…, that was the implication", "but that group was …": a pronoun or determiner, not a new clause
    const next = toks[i + 1];
    if (!next || !(next.cap || opensSubject(next.lower) || pluralSubject(toks, i + 1))) continue;
    // after a that-less clause only "and that" starts a parallel one ("said it was troubled …, and that …")
    if (!afterThat && !AND_OR.has(tokenAt(toks, i - 1).lower)) continue;
    let j = i - 1; // the first joining token
    while (
      j - 1 >= 0 &&
      THAT_CLAUSE_JOINS.has(tokenAt(toks, j - 1).lower) &&
      tokenAt(toks, j - 1).start > start
    )
      j--;
    const part = trimContent(text, { start, end: tokenAt(toks, j).start }, s);
    const rest = trimContent(text, { start: t.end, end: span.end }, s);
    if (!part || !rest || wordCount(text, part) < MIN_PART_WORDS || wordCount(text, rest) < MIN_PART_WORDS)
      continue;
    parts.push(part);
    start = rest.start;
  }
  const last = parts.length ? trimContent(text, { start, end: span.end }, s) : span;
  return last ? [...parts, last] : parts;
}

/** "that vacancies would fall": a bare plural before a finite verb ("that means" is a pronoun and a verb). */
function pluralSubject(toks: Sentence['tokens'], k: number): boolean {
  const after = toks[k + 1]?.lower ?? '';
  return (
    /^[a-z]{3,}[^su’']s$/.test(tokenAt(toks, k).lower) &&
    (FINITE_AUXILIARIES.has(after) || /^[a-z]{3,}ed$/.test(after))
  );
}
