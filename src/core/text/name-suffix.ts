// A generational or regnal suffix after a name: "Jr.", "Sr.", "III", "XIV" ("Pope Leo XIV", "Charles III").
// A Roman numeral that closes a name is no organisation's acronym and no surname.
import { NAME_SUFFIXES } from '../lexicon/speaker-phrase-words';

/** Roman numerals from II to XXXIX: the ordinals that follow a name. */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

export const isNameSuffix = (word: string): boolean =>
  NAME_SUFFIXES.has(word.toLowerCase().replace(/\.$/, '')) || (word.length > 1 && ROMAN.test(word));
