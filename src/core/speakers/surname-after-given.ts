// "Matthew Friend", "Anna Guest": a capitalised word right after a given name is a surname, even one that is
// a source noun in lower case ("friend", "guest"); so is one after two plain name words ("Tran Phuoc Son").
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_HEADS } from '../lexicon/org-heads';
import { PLACES } from '../lexicon/places';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { ARTICLES } from '../lexicon/function-words';
import { isPossessive } from '../text/possessive';

export const surnameAfterGivenName = (given: string, word: string): boolean =>
  /^\p{Lu}/u.test(word) && FIRST_NAMES.has(given.toLowerCase());

/** The title-case word closes a name of three after two name words that no list knows as a title, a role,
 * an organisation's head or a place ("Tran Phuoc Son"; not "Chief Press Secretary", "Hong Kong Police"), with
 * no article or owner before them ("Canada's Food Price Report" is a thing's name). */
export function surnameAfterNameWords(words: readonly string[]): boolean {
  const [before, first, second, word] = words.length > 3 ? words.slice(-4) : ['', ...words.slice(-3)];
  return (
    !!first &&
    !!second &&
    !!word &&
    [first, second, word].every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    plain(first.toLowerCase()) &&
    plain(second.toLowerCase()) &&
    !PLACES.has(`${first} ${second}`.toLowerCase()) &&
    !ARTICLES.has(before?.toLowerCase() ?? '') &&
    !isPossessive(before ?? '')
  );
}

const plain = (w: string): boolean =>
  !TITLE_WORDS.has(w) && !PERSON_ROLE_NOUNS.has(w) && !ORG_HEADS.has(w) && !PLACES.has(w);
