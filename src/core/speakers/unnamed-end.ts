// Where an unnamed source after an inverted cue ends: past its affiliation ("said analysts at Kestrel
// Research") and what keeps it unnamed ("said people familiar with the discussions"), as before the cue.
import { DAY_WORDS } from '../lexicon/calendar';
import { RELATIVE_OPENERS } from '../lexicon/clause-boundary-words';
import { CLAUSE_JOINS, PREPOSITIONS } from '../lexicon/subject-words';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { isAbbrevDot, isNameWordAt } from './name-words';
import { ARTICLES } from '../lexicon/function-words';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { ANONYMITY_ADJECTIVES } from '../lexicon/unnamed-sources';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { hasVerb } from '../statements/has-verb';

/** Most words after the adjective, its preposition first ("familiar | with the board's discussions"); a
 * longer tail is a clause's ("familiar with the server taken from …"). */
const MAX_TAIL = 5;

/** Words that end the tail cleanly: punctuation, a relative clause, a day ("… on Friday"), a verb ("the
 * server taken from …"). */
const endsTail = (tokens: readonly Token[], k: number): boolean => {
  const t = tokenAt(tokens, k);
  const next = tokens[k + 1]?.lower ?? '';
  return (
    !t.word ||
    DAY_WORDS.has(t.lower) ||
    (t.lower === 'on' && DAY_WORDS.has(next)) ||
    RELATIVE_OPENERS.has(t.lower) ||
    hasVerb(tokens, k, k + 1)
  );
};

/** The last token of the unnamed source ending at `last` with its anonymity tail, or `last` when no such tail
 * follows or it runs on into a clause ("People close to the campaign believe so"). ("speaking on condition of
 * anonymity" says how, not who: it stays out.) */
function anonymityTailEnd(tokens: readonly Token[], last: number, ceil: number): number {
  const adjective = tokens[last + 1];
  if (!adjective?.word || adjective.cap || adjective.lower === 'speaking') return last;
  if (!ANONYMITY_ADJECTIVES.has(adjective.lower)) return last;
  let words = 0;
  for (let k = last + 2; words <= MAX_TAIL; k++) {
    const t = tokenAt(tokens, k);
    // (a possessive's apostrophe stays inside: "the board’s discussions")
    if (k > ceil || (endsTail(tokens, k) && !/^['’]$/.test(t.text))) return words >= 2 ? k - 1 : last;
    if (CLAUSE_JOINS.has(t.lower)) return last;
    if (t.word && !(t.lower === 's' && /^['’]$/.test(tokens[k - 1]?.text ?? ''))) words++;
  }
  return last;
}

/** "said analysts at Kestrel Research", "said a spokeswoman for Clinton": an unnamed source's affiliation, a
 * name after its preposition (and "the"), is part of the phrase, as it is before the cue. */
function affiliationEnd(tokens: readonly Token[], last: number, ceil: number): number {
  if (!AFFILIATION_PREPOSITIONS.has(tokens[last + 1]?.lower ?? '')) return last;
  const described = describedPlaceEnd(tokens, last + 2, ceil);
  if (described > 0) return described;
  let k = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  let end = last;
  // (an ampersand between its words: "a spokesman for Hollister & Crane")
  const joined = (m: number): boolean => tokens[m]?.text === '&' && isNameWordAt(tokens, m + 1);
  for (
    ;
    k <= ceil && (isNameWordAt(tokens, k) || (k > last + 2 && (isAbbrevDot(tokens, k) || joined(k))));
    k++
  )
    end = k;
  // (the name ends the phrase: not "a representative for the Ivanka Trump brand", "a reporter for USA Today")
  const next = tokens[end + 1];
  return next?.word && !PREPOSITIONS.has(next.lower) && !CLAUSE_JOINS.has(next.lower) ? last : end;
}

/** Most words between the article and the head of a place described by its kind ("a Riyadh-based | venture
 * capital | firm"). */
const MAX_KIND_WORDS = 4;

/** "said a partner at a Riyadh-based venture capital firm", "an analyst at a Boston bank": where a place
 * the source is at, described by its kind after "a" or "the", ends when it ends the phrase; else -1. */
function describedPlaceEnd(tokens: readonly Token[], at: number, ceil: number): number {
  if (!ARTICLES.has(tokens[at]?.lower ?? '')) return -1;
  for (let k = at + 1; k <= Math.min(ceil, at + MAX_KIND_WORDS); k++) {
    const t = tokenAt(tokens, k);
    if (!t.word) return -1;
    const next = tokens[k + 1];
    const ends = !next?.word || RELATIVE_OPENERS.has(next.lower);
    if (ends && !t.cap && ORG_ROLE_NOUNS.has(t.lower)) return k;
  }
  return -1;
}

/** The last token of the unnamed source whose head ends at `last`. */
export const unnamedEnd = (tokens: readonly Token[], last: number, ceil: number): number =>
  anonymityTailEnd(tokens, affiliationEnd(tokens, last, ceil), ceil);
