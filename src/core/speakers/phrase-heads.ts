// Readings of a speaker phrase's words that name no person by themselves: a role in lower case before "of"
// ("the founder of the AirAsia group"), someone standing with another ("Allies of Tom Baker", "an aide to
// the mayor") and "the" before a name ("according to the Globe").
import { isAgentNoun } from '../text/agent-noun';
import { PLACES } from '../lexicon/places';
import { FIRST_NAMES } from '../lexicon/first-names';
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/nationality-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { INDEFINITE_OPENERS, SUPPORTER_LINKS, SUPPORTER_NOUNS } from '../lexicon/speaker-phrase-words';
import { RELATION_NOUNS } from '../lexicon/unnamed-sources';
import { ENVOY_BODIES } from '../lexicon/org-kinds';
import { WHERE_PREPOSITIONS } from '../lexicon/clause-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { itemAt } from '../text/item-at';
import type { Token } from '../text/tokenize';
import { singularOf } from '../text/singular-of';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { isKnownOrgName, isOrganizationName, stripThe } from './organization-name';
import { officeHolderAt } from './office-holder-at';
import { relationNamed } from './head-linked';

/** A person's role in lower case ("Malaysian founder", "chief executive", "members"): an office would be
 * capitalised, a name would have a given name. */
export const roleInLowerCase = (words: readonly string[]): boolean =>
  PERSON_ROLE_NOUNS.has(itemAt(words, words.length - 1).replace(/(?<=[^s])s$/, '')) &&
  !words.some((w) => FIRST_NAMES.has(w.toLowerCase()));

/** "Residents of Port Isabel", "Members of Parliament": a plural source noun alone before "of" names people
 * there, unnamed; not a known organisation's name, nor one a relation opens ("Friends of the Earth"). */
export const peopleOf = (words: readonly string[], of: number): boolean =>
  of === 1 &&
  /s$/.test(itemAt(words, 0)) &&
  UNNAMED_SOURCE_NOUNS.has(itemAt(words, 0).toLowerCase()) &&
  !isKnownOrgName(words.join(' ')) &&
  !relationNamed(words);

/** "Officials in the Commission", "Experts outside India", "Astronomers using the James Webb Space
 * Telescope", "An official in the Ministry", "A senior forest officer in the district": people (up to three
 * lowercase words before their noun, one person after "a") where they are, or with what they work; not the
 * place or the thing named after it. */
export function peopleWhere(words: readonly string[]): boolean {
  const at = words.findIndex((w, k) => k > 0 && (WHERE_PREPOSITIONS.has(w) || w === 'using'));
  if (at < 1 || at > 4 || words.slice(1, at).some((w) => /^\p{Lu}/u.test(w))) return false;
  const head = itemAt(words, at - 1).toLowerCase();
  // ("Some growers in South Australia": a trade's plural too)
  const one = singularOf(head);
  // ("An official in the Ministry of Home Affairs": one of them, after "a" or "one")
  const single = INDEFINITE_OPENERS.has(itemAt(words, 0).toLowerCase()) && !/s$/.test(head);
  return (
    (/s$/.test(head) || single) &&
    (UNNAMED_SOURCE_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(one) || isAgentNoun(one))
  );
}

/** "Analysts at Morgan Stanley", "a researcher at Stanford University": people known by the organisation
 * they work at, unnamed; not that organisation, nor a person called by its name. */
export function worksAt(words: readonly string[]): boolean {
  const at = words.indexOf('at');
  return (
    at > 0 &&
    at <= 3 &&
    // (its first word may be capitalised for the sentence's start)
    roleInLowerCase(words.slice(0, at).map((w, i) => (i === 0 ? w.toLowerCase() : w))) &&
    isOrganizationName(stripThe(words.slice(at + 1).join(' ')))
  );
}

/** "a spokesman for Ana Ruiz", "Lawyers for Ruiz", "An adviser to Tom Baker": someone who speaks for another,
 * not that other. */
export function speaksFor(words: readonly string[]): boolean {
  const at = words.findIndex((w) => w === 'for' || w === 'to');
  // ("Minister for Information Attaullah Tarar" is the minister, named)
  return (
    at > 0 &&
    roleInLowerCase(words.slice(0, at).map((w) => w.toLowerCase())) &&
    officeHolderAt(words, at, at + 1) < 0
  );
}

/** "Allies of Tom Baker", "Aides to the mayor", "Democrats supporting Mrs. Ruiz": people known by whom they
 * stand with, not that person. */
export function standsWith(words: readonly string[]): boolean {
  // ("A close ally of Mauricio Macri": past an indefinite opener and lowercase modifiers to the noun)
  let n = INDEFINITE_OPENERS.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
  while (n < words.length - 2 && /^\p{Ll}/u.test(words[n] ?? '') && !SUPPORTER_LINKS.has(words[n + 1] ?? ''))
    n++;
  const singular = singularOf(words[n] ?? '');
  const link = words[n + 1] ?? '';
  if (words.length < n + 3 || !SUPPORTER_LINKS.has(link) || relationNamed(words)) return false;
  // ("Democrat of Tennessee" describes one member: party members stand with someone only by a verb)
  return standsBy(singular) || (PARTY_MEMBER_NOUNS.has(singular) && /ing$/.test(link));
}

/** "according to the Globe", "The Blaze reported": "the" before a name with no given name or title is a
 * thing's name; a family is plural ("the Clintons"), an office a title ("the Pope"), "the Spaniard" a person. `words` are the phrase's
 * words after "the". */
export const thingNamedWithThe = (text: string, words: readonly string[]): boolean =>
  /^the\s/i.test(text) &&
  (!/s$/.test(words.at(-1) ?? '') || teamOfPlace(words)) &&
  !words.some((w) => FIRST_NAMES.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase())) &&
  !(words.length === 1 && NATIONALITY_PERSON_NOUNS.has(itemAt(words, 0).toLowerCase()));

/** "the Buffalo Bills", "the New York Giants": a place and a plural after it name a team, not a family
 * ("the Clintons"). */
const teamOfPlace = (words: readonly string[]): boolean =>
  words.length >= 2 &&
  [1, 2, 3].some((n) => n < words.length && PLACES.has(words.slice(0, n).join(' ').toLowerCase()));

/** Someone known by another person: a supporter or a relative ("ally", "aide", "cousin"). */
const standsBy = (noun: string): boolean => SUPPORTER_NOUNS.has(noun) || RELATION_NOUNS.has(noun);

/** "An aide to Tom Baker", "advisers to the mayor", "the EU's delegation to Uzbekistan": the "to" at k ties a
 * person's role or relation, or an envoy body, to the name after it, whose words these are not. */
export const relationTo = (tokens: readonly Token[], k: number): boolean => {
  const noun = singularOf(tokens[k - 1]?.text ?? '');
  return (
    tokens[k]?.lower === 'to' && (standsBy(noun) || PERSON_ROLE_NOUNS.has(noun) || ENVOY_BODIES.has(noun))
  );
};
