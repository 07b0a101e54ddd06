// "the Saudis said", "Syrians say", "MPs say": a nation's or an office's people in the plural are a group of
// unnamed sources, not one person with that name.
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/nationality-nouns';
import { PARTY_PLURALS } from '../lexicon/role-nouns';
import { isDemonym } from '../statements/cue-subject';

/** One capitalised word in the plural naming a nation's people or an office's holders ("MPs", "CEOs"). */
export function isPluralPeople(word: string): boolean {
  if (/^\p{Lu}{2,}s$/u.test(word)) return true; // "MPs", "MLAs"
  // ("the Republicans", "the Tories" are their party)
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || PARTY_PLURALS.has(word.toLowerCase())) return false;
  const one = word.slice(0, -1).toLowerCase();
  return isDemonym(one) || NATIONALITY_PERSON_NOUNS.has(one);
}
