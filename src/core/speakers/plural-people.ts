// "the Saudis said", "Syrians say", "MPs say", "Hospitals reported": a nation's or an office's people, or a
// kind of organisation, in the plural are a group of unnamed sources, not one person with that name.
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/nationality-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { PARTY_PLURALS } from '../lexicon/party-words';
import { singularOf } from '../text/singular-of';
import { isAgentNoun } from '../text/agent-noun';
import { PEOPLE_PLURAL_ENDINGS } from '../lexicon/trade-nouns';
import { isDemonym } from './is-demonym';
import { ANONYMITY_ADJECTIVES } from '../lexicon/unnamed-sources';

/** One capitalised word in the plural naming a nation's people, an office's holders or a kind of organisation
 * ("MPs", "CEOs", "Hospitals"). */
export function isPluralPeople(word: string): boolean {
  if (/^\p{Lu}{2,}s$/u.test(word)) return true; // "MPs", "MLAs"
  // ("the Republicans", "the Tories" are their party)
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || PARTY_PLURALS.has(word.toLowerCase())) return false;
  const one = word.slice(0, -1).toLowerCase();
  const singular = singularOf(word); // ("Hospitals", "Agencies")
  return (
    isDemonym(one) ||
    NATIONALITY_PERSON_NOUNS.has(one) ||
    ORG_ROLE_NOUNS.has(singular) ||
    PERSON_ROLE_NOUNS.has(singular) ||
    isTradePlural(word.toLowerCase()) // "Oncologists"
  );
}

/** A trade's people in the plural, known by the ending ("oncologists", "paediatricians"). */
function isTradePlural(lower: string): boolean {
  const singular = singularOf(lower);
  return (
    singular !== lower && PEOPLE_PLURAL_ENDINGS.some((e) => singular.endsWith(e)) && isAgentNoun(singular)
  );
}

/** "Gastroenterologists not involved in the study": a trade's plural before what keeps it unnamed. */
export const anonymousTrade = (lower: string, after: string): boolean =>
  ANONYMITY_ADJECTIVES.has(after) && isTradePlural(lower);
