// A phrase without its prepositional or participle tail ("the president of the European Council" → "the
// president", "A spokeswoman for Trudeau" → "A spokeswoman", "Aides to Ruiz" → "Aides", "The judge overseeing
// the case" → "The judge"), so the tail's capitals, number and head do not count.
import { PHRASE_TAIL_PREPOSITIONS } from '../lexicon/statement-words';
import { OBJECT_DETERMINERS } from '../lexicon/cue-filter-words';
import { alternation } from '../text/alternation';

const TAIL = new RegExp(
  String.raw`\s+(?:${alternation(PHRASE_TAIL_PREPOSITIONS)})\s+|\s+\p{Ll}{3,}ing\s+(?:${alternation(OBJECT_DETERMINERS)})\s`,
  'iu',
);

export const withoutTail = (said: string): string => said.split(TAIL)[0] ?? said;
