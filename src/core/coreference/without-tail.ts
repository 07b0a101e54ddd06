// A phrase without its prepositional tail ("the president of the European Council" → "the president",
// "A spokeswoman for Trudeau" → "A spokeswoman", "Aides to Ruiz" → "Aides"), so the tail's capitals,
// number and head do not count.
import { PHRASE_TAIL_PREPOSITIONS } from '../lexicon/statement-words';
import { alternation } from '../text/alternation';

const TAIL = new RegExp(String.raw`\s+(?:${alternation(PHRASE_TAIL_PREPOSITIONS)})\s+`, 'i');

export const withoutTail = (said: string): string => said.split(TAIL)[0] ?? said;
