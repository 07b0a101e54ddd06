// Whether a capitalised phrase names an organisation: a known name or outlet, a name ending in an
// organisation's head ("the Justice Department") or in a country ("Health Canada"), an acronym, a union's
// local, a web address.
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_HEADS, ORGANIZATIONS } from '../lexicon/organizations';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import { PLACES } from '../lexicon/places';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { itemAt } from '../text/item-at';
import { withoutPossessive } from '../text/possessive';

/** Affiliation prepositions that end a head in lower case ("of" may sit inside a name: "Bank of Canada"). */
export const TAIL_PREPOSITIONS = new Set([...AFFILIATION_PREPOSITIONS].filter((w) => w !== 'of'));
const KNOWN_ORGS = new Set(ORGANIZATIONS.map((n) => n.toLowerCase()));
const ORG_NAMES = new Set([...ORGANIZATIONS, ...OUTLETS_BY_NAME.keys()].map((n) => n.toLowerCase()));
export const stripThe = (s: string): string => s.replace(/^[Tt]he\s+/, '');
/** "NATO", "F.B.I."; longer all-caps words are labels ("CORRECTION", "EXCLUSIVE"). */
export const isAcronym = (w: string): boolean =>
  /^[A-Z][A-Z.&-]+$/.test(w) && w.replace(/[^A-Z]/g, '').length >= 2 && w.replace(/[^A-Z]/g, '').length <= 5;

export function isOrganizationName(name: string): boolean {
  const n = withoutPossessive(stripThe(name));
  const words = n.split(/\s+/);
  // "a person familiar with the legal team": the head comes before a lowercase preposition's tail.
  const tail = words.findIndex((w, i) => i > 0 && TAIL_PREPOSITIONS.has(w));
  const last = itemAt(words, (tail > 0 ? tail : words.length) - 1).toLowerCase();
  return (
    (ORG_NAMES.has(n.toLowerCase()) && /^\p{Lu}/u.test(n)) || // "People" the magazine, not "people"
    (words.length > 1 && ORG_HEADS.has(last)) ||
    (words.length > 1 &&
      words.every((w) => /^\p{Lu}/u.test(w)) &&
      KNOWN_ORGS.has(last) &&
      /^\p{Lu}/u.test(words.at(-1) ?? '') &&
      !FIRST_NAMES.has(itemAt(words, 0).toLowerCase())) || // "the Afghan Taliban", not "Jane Amazon"
    (words.length > 1 && isAcronym(itemAt(words, words.length - 1))) || // "Burnaby RCMP", "Toronto FC"
    // "Health Canada", "Infrastructure Canada": a name ending in a country, with no first name before it
    // ("Commonwealth Secretary-General Patricia Scotland" has one: a person)
    (words.length > 1 &&
      PLACES.has(last) &&
      !words.slice(0, -1).some((w) => FIRST_NAMES.has(w.toLowerCase()))) ||
    // "University of Michigan", "Department of Justice"
    words.some((w, i) => /^\p{Lu}/u.test(w) && ORG_HEADS.has(w.toLowerCase()) && words[i + 1] === 'of') ||
    (words.length === 1 && isAcronym(n)) ||
    // "UFCW Local 832", "Teamsters Local 120": a union's local
    /\sLocal\s+\d+$/.test(n) ||
    (words.length === 1 && /\.(?:com|org|net|io)$/i.test(n)) // "Moneycontrol.com"
  );
}
