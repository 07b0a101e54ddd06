// A speaker phrase must name someone. Some rules take the words before a cue for its subject when the
// sentence opens with an adverbial instead: "Outside Carrier, …", "Continuing to explain his perspective,
// Carson …", "… referencing a super PAC called …". Such a phrase is no speaker: better none than a wrong one.
// A subordinator opening it is not part of it ("whereas Petraeus said" is Petraeus).
import { OPENING_PREPOSITIONS, SUBORDINATORS } from '../lexicon/clause-words';
import { FIRST_NAMES } from '../lexicon/first-names';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import type { Sentence } from '../sentences/split-sentences';
import type { SpeakerPhrase } from './draft';
import { tokenStartingAt } from '../text/token-index';

/** The phrase without an opening subordinator; null when it opens with a preposition or a participle and
 * its object, or is nothing but a subordinator. */
export function nounPhraseOf(s: Sentence, phrase: SpeakerPhrase): SpeakerPhrase | null {
  const i = tokenStartingAt(s.tokens, phrase.start);
  const t = s.tokens[i];
  if (!t?.word) return phrase;
  const next = s.tokens[i + 1];
  if (SUBORDINATORS.has(t.lower))
    return next?.word && next.end <= phrase.end ? { ...phrase, start: next.start } : null;
  // ("Outside experts said": an adjective before the source noun that ends the phrase)
  if (OPENING_PREPOSITIONS.has(t.lower))
    return next && !next.cap && next.end === phrase.end && UNNAMED_SOURCE_NOUNS.has(next.lower)
      ? phrase
      : null;
  // "Continuing to explain", "referencing a super PAC", but not "Sterling said" or "leading Democrats"
  const n = next?.lower ?? '';
  const object = n === 'to' || ARTICLES.has(n) || POSSESSIVE_DETERMINERS.has(n);
  const participle =
    object && /\p{Ll}{3}ing$/u.test(t.text) && (!t.cap || i === 0) && !FIRST_NAMES.has(t.lower);
  return participle ? null : phrase;
}
