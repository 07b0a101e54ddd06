// "trucker", "programmer", "technician": a noun for someone by what they do, known by its ending even where no
// lexicon lists it.
import { AGENT_NOUN_ENDINGS } from '../lexicon/speaker-phrase-words';
import { NON_AGENT_NOUNS } from '../lexicon/trade-nouns';

/** Fewest letters of such a word: shorter ones are mostly no one ("other", "later", "order"). */
const MIN_AGENT_LETTERS = 6;

/** A lowercase word with an agent's ending, long enough and not a thing's ("border", "however"). */
export const isAgentNoun = (word: string): boolean =>
  word.length >= MIN_AGENT_LETTERS &&
  AGENT_NOUN_ENDINGS.some((e) => word.endsWith(e)) &&
  !NON_AGENT_NOUNS.has(word);
