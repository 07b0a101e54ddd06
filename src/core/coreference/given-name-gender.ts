// A given name's gender for a person's record: "Jordan" and other names given to both tell none.
import { FIRST_NAMES } from '../lexicon/first-names';

/** 'm' or 'f', null for a name given to both, undefined for a word that is no given name. */
export function givenNameGender(word: string): 'm' | 'f' | null | undefined {
  const g = FIRST_NAMES.get(word.toLowerCase());
  return g === 'either' ? null : g;
}
