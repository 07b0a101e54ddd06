// "A source at a Vietnamese state-owned firm, who requested anonymity, said": the unnamed source and where it
// is, or whom it serves ("An adviser to the prime minister, who …"), read back from the end of the place when
// a relative clause follows it (appositive.ts).
import { PHRASE_TAIL_PREPOSITIONS } from '../lexicon/statement-words';
import { ARTICLES } from '../lexicon/function-words';
import { MONTHS, TIME_UNITS } from '../lexicon/calendar';
import { tokenAt } from '../text/token-window';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import type { Token } from '../text/tokenize';
import { opensClause } from './opens-clause';
import { phraseBefore, type Phrase } from './speaker-phrase';

/** Most words of the place a source is at ("a Vietnamese state-owned firm"). */
const MAX_PLACE = 5;

/** "An official in the finance ministry", "Two officials in the prime minister's office": "in" ties a
 * source to the body it works in when an article opens the body; not a time ("Analysts in recent weeks",
 * "Officials in March"), which says when, not who. */
const inBody = (tokens: readonly Token[], at: number, last: number): boolean =>
  tokenAt(tokens, at).lower === 'in' &&
  ARTICLES.has(tokenAt(tokens, at + 1).lower) &&
  tokens
    .slice(at + 1, last + 1)
    .every((t) => t.word && !/\d/.test(t.text) && !TIME_UNITS.has(t.lower) && !MONTHS.has(t.lower));

/** The preposition at `at` opens the tail that ends at `last` (a place, a body, whom one serves). */
export const opensTail = (tokens: readonly Token[], at: number, last: number): boolean =>
  PHRASE_TAIL_PREPOSITIONS.has(tokenAt(tokens, at).lower) || inBody(tokens, at, last);

/** "A source at a Vietnamese firm": an unnamed source opening the clause and the place it is at, ending at
 * token `last`, when an affiliation's preposition opens the place; null otherwise. */
export function affiliatedSource(
  tokens: readonly Token[],
  last: number,
  floor: number,
  depth: number,
): Phrase | null {
  let at = last;
  for (;;) {
    while (at > floor && last - at < MAX_PLACE && tokenAt(tokens, at).word && !opensTail(tokens, at, last))
      at--;
    if (!opensTail(tokens, at, last) || at === last) return null;
    const source = sourceBefore(tokens, at, last, floor, depth);
    // ("A senior figure at another university in the region": past the place's "in" to the body's "at")
    if (source || PHRASE_TAIL_PREPOSITIONS.has(tokenAt(tokens, at).lower) || at <= floor) return source;
    at--;
  }
}

/** The unnamed source before the tail's preposition at `at`, with the tail up to `last`. */
function sourceBefore(
  tokens: readonly Token[],
  at: number,
  last: number,
  floor: number,
  depth: number,
): Phrase | null {
  // ("to" only after someone who serves: "an adviser to", "an aide to"; not "next to him", "came to light")
  const noun = tokenAt(tokens, at - 1).lower;
  if (tokenAt(tokens, at).lower === 'to' && !UNNAMED_SOURCE_NOUNS.has(noun) && !PERSON_ROLE_NOUNS.has(noun))
    return null;
  const head = phraseBefore(tokens, at - 1, floor, depth + 1);
  // (not a description in apposition to a name: "Molly Wickham, a spokeswoman for the clan, whose members …,
  // said"; but a subject after a clause's comma, "The satellite has stopped working, the group behind …")
  const apposed = head !== null && tokens[head.first - 1]?.text === ',' && !!tokens[head.first - 2]?.cap;
  return head?.kind === 'unnamed' && !apposed && opensClause(tokens, head, floor) ? { ...head, last } : null;
}
