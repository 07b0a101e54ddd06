// "Advocates for homeless people said", "72 percent of likely voters said": a source noun that is the object of
// another source's preposition is part of that source, which speaks.
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { AUTHORED_NOUNS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { NON_DESCRIPTOR_WORDS } from '../lexicon/subject-words';
import { PHRASE_TAIL_PREPOSITIONS } from '../lexicon/statement-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { hasVerb } from '../statements/has-verb';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { affiliatedSource } from './affiliated-source';
import { MAX_APPOSITIVE_COMMAS, type Phrase } from './speaker-phrase';

/** Most words between the preposition and the source noun ("for the newly homeless people"). */
const MAX_MODIFIERS = 3;

/** The source whose preposition has the source noun at j for its object, past only an article and lowercase
 * modifiers ("for the families", "of likely voters"; not "a note that the businessman"), or null. */
export function sourceOfObject(
  tokens: readonly Token[],
  j: number,
  floor: number,
  depth: number,
): Phrase | null {
  // (not a partitive's count: "one of the major discount chains" is read whole elsewhere)
  const partitive = tokens[j + 1]?.lower === 'of';
  if (depth >= MAX_APPOSITIVE_COMMAS || partitive || !UNNAMED_SOURCE_NOUNS.has(tokenAt(tokens, j).lower))
    return null;
  let at = j - 1;
  while (at > floor && j - at <= MAX_MODIFIERS && plainModifier(tokenAt(tokens, at))) at--;
  if (!PHRASE_TAIL_PREPOSITIONS.has(tokenAt(tokens, at).lower) || hasVerb(tokens, at + 1, j)) return null;
  // (no work, whose author or sender speaks through it: "A Jan. 5 tweet from the mayor", "a poll of voters")
  const noun = tokenAt(tokens, at - 1).lower;
  if (DOCUMENT_NOUNS.has(noun) || AUTHORED_NOUNS.has(noun)) return null;
  // (and no verb before the preposition: "Both camps ran slates of candidates who pledged")
  const source = affiliatedSource(tokens, j, floor, depth);
  return source && !hasVerb(tokens, source.first, at) ? source : null;
}

const plainModifier = (t: Token): boolean =>
  t.word &&
  !t.cap &&
  (ARTICLES.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower) || !NON_DESCRIPTOR_WORDS.has(t.lower));
