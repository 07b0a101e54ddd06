// "National Grid", "State Farm", "Press Ganey": a capitalised word that describes an office ("national",
// "state", "press") before one name word opens an organisation's name; it is no role of a person called
// "Grid" ("Former Smith", "Acting Smith" keep their role). So do a country's initials: "USA Swimming".
import { FIRST_NAMES } from '../lexicon/first-names';
import { NAME_PREMODIFIERS } from '../lexicon/subject-words';
import { TITLE_MODIFIERS } from '../lexicon/title-kinds';
import { TITLE_WORDS } from '../lexicon/titles';
import { itemAt } from '../text/item-at';
import { PLACES } from '../lexicon/places';
import { isAcronym } from './organization-name';

/** "USA Swimming", "UK Sport": a country's initials and one word that is no given name, a body's name. */
export const countryInitialsName = (words: readonly string[]): boolean =>
  words.length === 2 &&
  isAcronym(itemAt(words, 0)) &&
  PLACES.has(itemAt(words, 0).toLowerCase()) &&
  !FIRST_NAMES.has(itemAt(words, 1).toLowerCase());

/** Two words, split at `split` into a lone office modifier (or no role, after a country's initials) and one
 * word that is no given name: an organisation's name. */
export function modifierOpensName(words: readonly string[], split: number): boolean {
  if (words.length !== 2) return false;
  if (split === 0) return countryInitialsName(words);
  if (split !== 1) return false;
  const modifier = itemAt(words, 0).toLowerCase();
  return (
    TITLE_MODIFIERS.has(modifier) &&
    !NAME_PREMODIFIERS.has(modifier) &&
    /^\p{Lu}/u.test(itemAt(words, 0)) &&
    !FIRST_NAMES.has(itemAt(words, 1).toLowerCase()) &&
    !TITLE_WORDS.has(itemAt(words, 1).toLowerCase()) // ("Crown Prince")
  );
}
