// A capitalised speaker phrase that names a person even where an organisation's name is in it: "University
// of Toronto engineer Ruth Okafor", "Senator Mitch McConnell", "Court of King's Bench Justice Anne Kirker".
import { LIST_JOINS } from '../lexicon/organizations';
import { FIRST_NAMES, NAME_PARTICLES } from '../lexicon/first-names';
import { ORG_HEADS } from '../lexicon/org-heads';
import { PLACES } from '../lexicon/places';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { itemAt } from '../text/item-at';
import { WHERE_PREPOSITIONS } from '../lexicon/clause-words';
import { isInitials } from './organization-name';

/** "University of Toronto engineer Ruth Okafor": a person's role noun (or a lowercase role before a known first
 * name), then a name of two or more words, is a person described by an organisation, not the organisation. */
export function describedPerson(words: readonly string[]): boolean {
  const roleEnd = words.findLastIndex((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w));
  const name = words.slice(roleEnd + 1);
  const role = words[roleEnd] ?? '';
  return (
    roleEnd >= 0 &&
    name.length >= 2 &&
    name.every((w) => /^\p{Lu}/u.test(w)) &&
    // ("a senior Labour MP", "one House Republican": capitals closing on a role are no name)
    !roleLast(name) &&
    (PERSON_ROLE_NOUNS.has(role) ||
      TITLE_WORDS.has(role) ||
      FIRST_NAMES.has(itemAt(name, 0).toLowerCase())) &&
    // ("Tenants at a building on Quincy Street", "a woman who lives near Lincoln Park": a place after its
    // preposition; "Cheshire West and Chester Council": a name's own "and")
    !WHERE_PREPOSITIONS.has(role) &&
    !LIST_JOINS.has(role)
  );
}

/** "Court of King's Bench Justice Anne Kirker": a title word, then a given name and a surname closing the
 * phrase, is a person whatever organisation the title names. */
export const titledName = (words: readonly string[]): boolean =>
  (words.length >= 4 &&
    TITLE_WORDS.has(itemAt(words, words.length - 3).toLowerCase()) &&
    givenAfterTitle(itemAt(words, words.length - 2)) &&
    /^\p{Lu}/u.test(itemAt(words, words.length - 1)) &&
    !ORG_HEADS.has(itemAt(words, words.length - 1).toLowerCase())) ||
  titledGivenName(words);

/** "Mayor Curtis Banks", "Alderman Ruth Church": a title, a given name the lists know and a surname, whatever
 * the surname also heads ("banks", "church"). */
const titledGivenName = (words: readonly string[]): boolean =>
  words.length === 3 &&
  TITLE_WORDS.has(itemAt(words, 0).toLowerCase().replace(/\.$/, '')) &&
  FIRST_NAMES.has(itemAt(words, 1).toLowerCase()) &&
  /^\p{Lu}\p{Ll}+$/u.test(itemAt(words, 2));

/** A given name after an office's title: one the lists know, or a capitalised word that is no organisation's
 * head or place ("Fed Bank of Chicago President Austan Goolsbee"). */
const givenAfterTitle = (w: string): boolean =>
  FIRST_NAMES.has(w.toLowerCase()) ||
  (/^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !PLACES.has(w.toLowerCase()));

/** "Senator Mitch McConnell", "Alex Horton": capitalised words with a first name, after any title words,
 * and no organisation's head ("Bank", "University"). */
export function isPersonHead(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  // ("Sgt. Jane Doe": a title's abbreviation with its dot)
  const titled = lower.findIndex((w) => !TITLE_WORDS.has(w.replace(/\.$/, '')) && !TITLE_WORDS.has(`${w}.`));
  // ("Grand Chief Edmund Sakanee": a given name before the surname, past title words no list holds)
  const first =
    titled >= 0 && FIRST_NAMES.has(lower.at(-2) ?? '') ? Math.max(titled, words.length - 2) : titled;
  return (
    first >= 0 &&
    first < words.length - 1 &&
    (FIRST_NAMES.has(itemAt(lower, first)) ||
      isInitials(itemAt(words, first)) ||
      // ("Rep. Chip Roy", "Rep. Ro Khanna", "Rep. Ana-Maria Rodríguez Ramos": after a title, a given name no
      // list knows and a surname or two)
      (first > 0 && words.length - first <= 3) ||
      // ("Park Seung-ho", "Lee Ji-hoon": a surname, then a given name of two syllables joined in lower case)
      (words.length - first === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(itemAt(words, first + 1)))) &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    // (an office's body among the titles is no organisation: "Senate Minority Leader Roger Kessel")
    !lower.slice(first).some((w) => ORG_HEADS.has(w))
  );
}

/** Capitals closing on an office or a party's member ("Labour MP", "House Republican"). */
const roleLast = (name: readonly string[]): boolean => {
  const last = itemAt(name, name.length - 1);
  return /^\p{Lu}+$/u.test(last)
    ? PERSON_ROLE_NOUNS.has(last.toLowerCase()) || TITLE_WORDS.has(last.toLowerCase())
    : PARTY_MEMBER_NOUNS.has(last.toLowerCase());
};
