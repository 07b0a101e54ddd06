// "Matthew Friend", "Anna Guest": a capitalised word right after a given name is a surname, even one that is
// a source noun in lower case ("friend", "guest").
import { FIRST_NAMES } from '../lexicon/first-names';

export const surnameAfterGivenName = (given: string, word: string): boolean =>
  /^\p{Lu}/u.test(word) && FIRST_NAMES.has(given.toLowerCase());
