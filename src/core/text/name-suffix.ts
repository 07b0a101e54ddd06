// A generational or regnal suffix after a name: "Jr.", "Sr.", "III", "XIV" ("Pope Leo XIV", "Charles III"),
// or a silk's or an honour's letters ("KC", "SAN", "OBE"). They close a name: no organisation's acronym, no
// surname.
import { NAME_SUFFIXES, POST_NOMINALS } from '../lexicon/speaker-phrase-words';

/** Roman numerals from II to XXXIX: the ordinals that follow a name. */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** A silk's or an honour's letters, in capitals only ("Aung San Suu Kyi" has none). */
export const isPostNominal = (word: string): boolean =>
  word === word.toUpperCase() && POST_NOMINALS.has(word.toLowerCase());

export const isNameSuffix = (word: string): boolean =>
  NAME_SUFFIXES.has(word.toLowerCase().replace(/\.$/, '')) ||
  (word.length > 1 && ROMAN.test(word)) ||
  isPostNominal(word);
