// Whether a capitalised phrase names an organisation: a known name or outlet, a name ending in an
// organisation's head ("the Justice Department") or in a country ("Health Canada"), an acronym, a union's
// local, a web address.
import { ANONYMITY_WORDS } from '../lexicon/unnamed-sources';
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_HEADS } from '../lexicon/org-heads';
import { properHeaded } from './proper-headed';
import { teamName } from './team-name';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { ORGANIZATIONS } from '../lexicon/organizations';
import { headLinked, isOrgHead } from './head-linked';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import { PLACES } from '../lexicon/places';
import { TEAM_HEADS } from '../lexicon/org-kinds';
import { TITLE_WORDS } from '../lexicon/titles';
import { SURNAME_PREFIXES } from '../lexicon/surname-words';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { itemAt } from '../text/item-at';
import { withoutPossessive } from '../text/possessive';
import { remembered } from '../text/remembered';
import { isNameSuffix } from '../text/name-suffix';
import { placeEndedOrg, placeNamedOrg } from './place-named-org';
import { isPlaceCompoundWord, pastCityComma } from './place-compound';

/** Affiliation prepositions that end a head in lower case ("of" may sit inside a name: "Bank of Canada"). */
export const TAIL_PREPOSITIONS = new Set([...AFFILIATION_PREPOSITIONS].filter((w) => w !== 'of'));
const KNOWN_ORGS = new Set(ORGANIZATIONS.map((n) => n.toLowerCase()));
const ORG_NAMES = new Set([...ORGANIZATIONS, ...OUTLETS_BY_NAME.keys()].map((n) => n.toLowerCase()));
export const stripThe = (s: string): string => s.replace(/^[Tt]he\s+/, '');
/** A known organisation's or outlet's name, as written ("Globe and Mail"). */
export const isKnownOrgName = (name: string): boolean => ORG_NAMES.has(name.toLowerCase());
/** Initials for a first name ("J.D." in "J.D. Vance", "P.K."): two dotted capitals, not a place or a known
 * organisation ("U.S.", "D.C.", "U.N."). */
export const isInitials = (w: string): boolean =>
  /^\p{Lu}\.\p{Lu}\.$/u.test(w) && !PLACES.has(w.toLowerCase()) && !isKnownOrgName(w);

/** "NATO", "F.B.I.", a station's call sign ("KING-TV": its band after the hyphen); longer all-caps words
 * are labels ("CORRECTION", "EXCLUSIVE"). */
export const isAcronym = (w: string): boolean => {
  const letters = w.replace(/-[A-Z]{2}$/, '').replace(/[^A-Z]/g, '').length;
  return /^[A-Z][A-Z.&-]+$/.test(w) && letters >= 2 && letters <= 5;
};

/** An organisation's acronym alone: not a place's dotted initials whose last dot a sentence's stop took
 * ("after the U.S. Commerce …"), nor an office's initials ("the MP said", "the CEO told"). */
const orgAcronym = (n: string): boolean =>
  isAcronym(n) &&
  !PLACES.has(`${n.toLowerCase()}.`) &&
  !PERSON_ROLE_NOUNS.has(n.toLowerCase()) &&
  !TITLE_WORDS.has(n.toLowerCase());

/** Names already read: an article asks about the same names many times, from several steps. */
const readOrganization = remembered((name: string) => readsAsOrganization(name));
export const isOrganizationName = (name: string): boolean => readOrganization(name, 'name');

function readsAsOrganization(name: string): boolean {
  const bare = stripThe(name);
  // ("McDonald's", "Moody's": a known name's own possessive)
  if (isKnownOrgName(bare) && /^\p{Lu}/u.test(bare)) return true;
  const n = withoutPossessive(bare);
  const words = n.split(/\s+/);
  if (placeDescribed(words)) return false;
  // "a person familiar with the legal team": the head comes before a lowercase preposition's tail, the words
  // of anonymity ("a person close to the campaign") or an agent's participle ("documents obtained by CBC News")
  const tail = words.findIndex(
    (w, i) =>
      i > 0 &&
      (TAIL_PREPOSITIONS.has(w) ||
        ANONYMITY_WORDS.has(w) ||
        (/^\p{Ll}+ed$/u.test(w) && words[i + 1] === 'by')),
  );
  const last = itemAt(words, (tail > 0 ? tail : words.length) - 1).toLowerCase();
  return (
    (ORG_NAMES.has(n.toLowerCase()) && /^\p{Lu}/u.test(n)) || // "People" the magazine, not "people"
    (words.length > 1 && ORG_HEADS.has(last)) ||
    pluralHeadName(words, tail) ||
    innerHeadName(words) ||
    placeNamedOrg(words) ||
    properHeaded(words, last) ||
    // "the Chicago Sun-Times", "the Pittsburgh Post-Gazette", "the Sun-Times": a head inside a hyphenated
    // name's last word
    ((words.length > 1 || /^\p{Lu}\p{Ll}+-(?:\p{Lu}\p{Ll}+-)*(?:\p{Lu}\p{Ll}+)$/u.test(n)) &&
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(words.at(-1) ?? '') &&
      last.split('-').some((part) => ORG_HEADS.has(part)) &&
      !FIRST_NAMES.has(itemAt(words, 0).toLowerCase())) ||
    (words.every((w) => /^\p{Lu}/u.test(w)) && knownOrgEnding(words)) ||
    acronymEnded(words) ||
    teamName(words) || // "the Boston Bruins"
    // "Manchester United": a club's head after capitalised words, no given name ("New York City" is a place)
    (words.length > 1 &&
      TEAM_HEADS.includes(last) &&
      last !== 'city' &&
      words.every((w) => /^\p{Lu}/u.test(w) && !FIRST_NAMES.has(w.toLowerCase()))) ||
    placeEndedOrg(words, last) ||
    // "University of Michigan", "Department of Justice", "Committee to Protect Journalists"
    headLinked(words) ||
    // "Committee on Taxation" (not "Council on American-Islamic Relations Director Nihad Awad": a person)
    namedOn(words) ||
    (words.length === 1 && orgAcronym(n)) ||
    (words.length === 1 && isInnerCapitalName(n)) || // "TransLink", "WikiLeaks"
    // "UFCW Local 832", "Teamsters Local 120": a union's local
    /\sLocal\s+\d+$/.test(n) ||
    // "Florida Power & Light", "Procter & Gamble": no person's name joins its words with "&"
    // ("S&P Global Ratings", "AT&T": or inside one word)
    (words.length > 2 && words.includes('&') && words.every((w) => w === '&' || /^\p{Lu}/u.test(w))) ||
    (words.some((w) => /^\p{Lu}+&\p{Lu}+$/u.test(w)) && words.every((w) => /^\p{Lu}/u.test(w))) ||
    // "Moneycontrol.com", "PowerOutage.us": a web address, its domain in lower case after a dot
    (words.length === 1 && /^\p{L}[\p{L}\d-]*\.[a-z]{2,4}$/u.test(n))
  );
}

/** Capitalised words closing on a known organisation's name: "the Afghan Taliban", "the Philippine Red
 * Cross" (a given name may open the longer ones: Philippine is one); not "Jane Amazon". */
function knownOrgEnding(words: readonly string[]): boolean {
  const given = FIRST_NAMES.has(itemAt(words, 0).toLowerCase());
  return [1, 2, 3].some(
    (k) => words.length > k && (k > 1 || !given) && KNOWN_ORGS.has(words.slice(-k).join(' ').toLowerCase()),
  );
}

/** "Burnaby RCMP", "Toronto FC": capitalised words closing on an acronym (not a person's role, "the local
 * MP", nor a name's numeral, "Charles III"). */
function acronymEnded(words: readonly string[]): boolean {
  const last = itemAt(words, words.length - 1);
  return (
    words.length > 1 && isAcronym(last) && !PERSON_ROLE_NOUNS.has(last.toLowerCase()) && !isNameSuffix(last)
  );
}

/** "Atlantic Coast Hotels": capitalised words closing on a head in the plural, before any tail, with no given
 * name first ("Tyra Banks" is a person; "Legal observers", "Observers from the EU" are people). */
function pluralHeadName(words: readonly string[], tail: number): boolean {
  const head = tail > 0 ? words.slice(0, tail) : words;
  return (
    head.length > 1 &&
    head.every((w) => /^\p{Lu}/u.test(w)) &&
    isOrgHead(itemAt(head, head.length - 1)) &&
    !FIRST_NAMES.has(itemAt(head, 0).toLowerCase())
  );
}

/** "Kyushu Electric Power": three or four capitalised words with an organisation's head inside, and no given
 * name, title or role among them ("District Judge Michael Mosman" is a person). A club's head ends its name
 * ("Harbour United"), so words after one are something else. */
const innerHeadName = (words: readonly string[]): boolean =>
  words.length > 2 &&
  words.length <= MAX_INNER_HEAD_WORDS &&
  words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
  words.slice(1, -1).some((w) => ORG_HEADS.has(w.toLowerCase()) && !TEAM_HEADS.includes(w.toLowerCase())) &&
  !words.some((w) => {
    const lower = w.toLowerCase();
    return FIRST_NAMES.has(lower) || TITLE_WORDS.has(lower) || PERSON_ROLE_NOUNS.has(lower);
  });
/** Longest name read by an organisation's head inside it. */
const MAX_INNER_HEAD_WORDS = 4;

/** An organisation's head, "on" and its subject, with no given name or office after it. */
function namedOn(words: readonly string[]): boolean {
  const on = words.findIndex(
    (w, i) => /^\p{Lu}/u.test(w) && ORG_HEADS.has(w.toLowerCase()) && words[i + 1] === 'on',
  );
  return (
    on >= 0 &&
    // (a title before a full name is a person's: "… Relations Director Nihad Awad"; "… on Foreign Relations",
    // "… and Security" are the committee's)
    !words
      .slice(on + 2)
      .some(
        (w, k, rest) =>
          FIRST_NAMES.has(w.toLowerCase()) || (TITLE_WORDS.has(w.toLowerCase()) && k < rest.length - 2),
      )
  );
}

/** "TransLink", "PolitiFact", "BlackRock", "OpenAI", "SpaceX": a brand's capital inside one word; "McCain",
 * "DeSantis", "VanVleet", "LaBelle" are surnames with a particle. */
function isInnerCapitalName(w: string): boolean {
  const inner = /^\p{Lu}\p{Ll}{2,}(?=\p{Lu}(?:\p{Ll}+|\p{Lu}*)$)/u.exec(w)?.[0];
  return inner !== undefined && !SURNAME_PREFIXES.has(inner.toLowerCase());
}

/** "Toronto-based company", "Ottawa-area hospital": a lowercase head whose only capitals are a place's
 * compounds is a description, not a name. */
export function placeDescribed(words: readonly string[]): boolean {
  const caps = words.slice(pastCityComma(words)).filter((w) => /^\p{Lu}/u.test(w));
  return /^\p{Ll}/u.test(words.at(-1) ?? '') && caps.length > 0 && caps.every(isPlaceCompoundWord);
}
