// "Southern California Edison", "New York Life": a place of two words or more (or part of one), then a name
// of one or two words, is a company or a body of that place; no person's name opens on a place of several
// words. So is a name ending in a country ("Health Canada").
import { FIRST_NAMES } from '../lexicon/first-names';
import { PLACES } from '../lexicon/places';
import { COMPASS_WORDS } from '../lexicon/regions';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { PARTY_MEMBER_NOUNS, PARTY_PLURALS } from '../lexicon/party-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { itemAt } from '../text/item-at';

/** Words of a place the name may open on ("New York", "Southern California", "Rio de Janeiro"). */
const MAX_PLACE_WORDS = 3;
/** Words of the name after the place. */
const MAX_REST = 2;

/** Whether `words` are a place of two or more words and a name no title, role, party or given name is in
 * ("Los Angeles Mayor Karen Bass", "Iowa Democrats", "New York Republican Elise Stefanik" are not). */
export function placeNamedOrg(words: readonly string[]): boolean {
  for (let k = 2; k <= MAX_PLACE_WORDS && k < words.length; k++) {
    if (!isPlace(words.slice(0, k))) continue;
    const rest = words.slice(k);
    return rest.length <= MAX_REST && rest.every(plainName);
  }
  return false;
}

/** A place, or part of one ("Southern California"). */
const isPlace = (words: readonly string[]): boolean => {
  const name = words.join(' ').toLowerCase();
  const part = COMPASS_WORDS.has(name.split(' ')[0] ?? '') && PLACES.has(name.slice(name.indexOf(' ') + 1));
  return PLACES.has(name) || part;
};

const plainName = (w: string): boolean => {
  const lower = w.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(w) &&
    !FIRST_NAMES.has(lower) &&
    !TITLE_WORDS.has(lower) &&
    !PERSON_ROLE_NOUNS.has(lower) &&
    !PARTY_PLURALS.has(lower) &&
    !PARTY_MEMBER_NOUNS.has(lower)
  );
};

/** "Health Canada": a name ending in a country, with no first name or title before it ("Commonwealth
 * Secretary-General Patricia Scotland", "Superintendent Osvaldo Lagos"), nor a place joined to it
 * ("Turkmenistan and Algeria"). `last` is its last word before any tail, in lower case. */
export function placeEndedOrg(words: readonly string[], last: string): boolean {
  return (
    words.length > 1 &&
    PLACES.has(last) &&
    !PLACES.has(words[words.length - 3]?.toLowerCase() ?? '') &&
    !words.slice(0, -1).some((w) => FIRST_NAMES.has(w.toLowerCase())) &&
    !titledName(words)
  );
}

/** A title (not a portfolio's, as in "Health Canada") before two capitalised words or more. */
const titledName = (words: readonly string[]): boolean =>
  words.length > 2 &&
  TITLE_WORDS.has(itemAt(words, 0).toLowerCase()) &&
  !PORTFOLIO_WORDS.has(itemAt(words, 0).toLowerCase()) &&
  words.every((w) => /^\p{Lu}/u.test(w));
