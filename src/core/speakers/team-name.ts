// "the Boston Bruins", "the Toronto Maple Leafs", "the New York Yankees": a city and a plural nickname name a
// club, the organisation "the team" and "the club" stand for.
import { PLACES } from '../lexicon/places';
import { PARTY_PLURALS } from '../lexicon/party-words';
import { isPluralPeople } from './plural-people';

/** Most words of a club's nickname after its city ("Maple Leafs", "Blue Jays"). */
const MAX_NICKNAME = 2;

/** Capitalised words: a place the lexicon knows, then a nickname ending in a plural that names no people
 * ("the Ohio Democrats", "Chicago Teachers" are people; "Boston Bruins" is a club). */
export function teamName(words: readonly string[]): boolean {
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  for (let k = words.length - 1; k >= 1 && words.length - k <= MAX_NICKNAME; k--) {
    if (!PLACES.has(words.slice(0, k).join(' ').toLowerCase())) continue;
    const last = words.at(-1) ?? '';
    return /^\p{Lu}\p{Ll}+s$/u.test(last) && !isPluralPeople(last) && !PARTY_PLURALS.has(last.toLowerCase());
  }
  return false;
}
