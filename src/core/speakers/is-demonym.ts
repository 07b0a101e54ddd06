// "Chinese comments", "Arizonans said": a word for a place's people, by its ending or as the place's name and
// "n" ("Arizonan", "Kenyan"), never a person's name.
import { DEMONYM_WORDS } from '../lexicon/statement-words';
import { PLACES } from '../lexicon/places';

/** (not "-fish": "Seafish", "Redfish" and Hamilton Fish are names, no people of a place ends so) */
const DEMONYM_ENDING = /(ese|(?<!f)ish|ian|ean)$/;

/** Capitalised adjectives ("Chinese comments") that are no speaker unless the article names them (lower case). */
export const isDemonym = (word: string): boolean =>
  DEMONYM_ENDING.test(word) ||
  DEMONYM_WORDS.has(word) ||
  (word.endsWith('an') && PLACES.has(word.slice(0, -1)));
