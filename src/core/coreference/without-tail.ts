// A phrase without its prepositional, participle or relative tail ("the president of the European Council" →
// "the president", "A spokeswoman for Trudeau" → "A spokeswoman", "Aides to Ruiz" → "Aides", "The judge
// overseeing the case" → "The judge", "A former official who worked on space policy" → "A former official",
// "A Gulf diplomat based in Muscat" → "A Gulf diplomat"),
// so the tail's capitals, number and head do not count.
import { PHRASE_TAIL_PREPOSITIONS } from '../lexicon/statement-words';
import { OBJECT_DETERMINERS } from '../lexicon/cue-filter-words';
import { RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { alternation } from '../text/alternation';
import { ARTICLES } from '../lexicon/function-words';
import { ANONYMITY_ADJECTIVES } from '../lexicon/unnamed-sources';

const TAIL = new RegExp(
  String.raw`\s+(?:${alternation(PHRASE_TAIL_PREPOSITIONS)})\s+|\s+\p{Ll}{3,}ed\s+(?:in|${alternation(PHRASE_TAIL_PREPOSITIONS)})\s+|\s+in\s+(?:${alternation(ARTICLES)})\s|,?\s+(?:${alternation(RELATIVE_WHO)})\s+|\s+\p{Ll}{3,}ing\s+(?:${alternation(OBJECT_DETERMINERS)})\s`,
  'iu',
);

/** "A Commission official familiar with the talks": what keeps a source unnamed is a tail too (in lower case:
 * not "the Close Brothers spokesman"). */
const ANONYMITY_TAIL = new RegExp(String.raw`\s+(?:${alternation(ANONYMITY_ADJECTIVES)})(?:\s|$)`, 'u');

export const withoutTail = (said: string): string =>
  (said.split(TAIL)[0] ?? said).split(ANONYMITY_TAIL)[0] ?? said;
