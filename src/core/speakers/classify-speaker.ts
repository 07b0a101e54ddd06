// What a speaker phrase names: an organisation, an unnamed source, or a person with a role
// ("NATO Secretary General Jens Stoltenberg" → role "NATO Secretary General", name "Jens Stoltenberg").
import { FIRST_NAMES } from '../lexicon/first-names';
import { PLACES } from '../lexicon/places';
import { namesSomeone } from './names-someone';
import { AMBIGUOUS_OUTLETS } from '../lexicon/outlets';
import { itemAt } from '../text/item-at';
import { PARTY_MEMBER_NOUNS, PARTY_NAME_OPENERS, PARTY_PLURALS } from '../lexicon/party-words';
import { describedByTrade } from './described-by-trade';
import { TITLE_WORDS } from '../lexicon/titles';
import { withAffiliation } from './with-affiliation';
import { GENERAL_OFFICE_HEADS } from '../lexicon/title-kinds';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import type { SpeakerType } from '../types';
import { withoutPossessive } from '../text/possessive';
import { NUMBER_WORDS } from '../lexicon/function-words';
import { QUANTIFIER_SUBJECTS, SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';
import { openingWord } from '../text/opening-word';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { PLACE_PREPOSITIONS } from '../lexicon/clause-words';
import { isOrganizationName, stripThe } from './organization-name';
import { describedBefore } from './described-before';
import { roleOfSomeone, unnamedSource } from './unnamed-source';
import {
  peopleOf,
  peopleWhere,
  roleInLowerCase,
  speaksFor,
  standsWith,
  thingNamedWithThe,
  worksAt,
} from './phrase-heads';
import { roleEnd, shownRole } from './role-end';
import { describedOrganization } from './described-organization';
import { publishedWork } from './published-work';
import { describedPerson, isPersonHead, titledName } from './person-heads';
import { asWritten, unidentified } from './unidentified';
import { namedAt } from './named-at';
import { isPluralPeople } from './plural-people';
import { remembered } from '../text/remembered';
import { withoutOpeningGerund } from './opening-gerund';
import { isPortfolioWord } from './office-holder-at';
import { modifierOpensName } from './modifier-name';

export interface Classified {
  readonly type: SpeakerType;
  readonly name: string;
  readonly role: string | null;
}

/** "Most said", "one of them told me": a quantifier standing for a group. */
const QUANTIFIED = /^(\p{L}+)(?:\s+of\s+(?:them|us|those|these))?$/u;
/** "Dwayne “The Rock” Johnson": a nickname in quotes between a name's words. */
const NICKNAME = /(?<=\p{L})\s+[“"]\p{Lu}[^“”"]{0,30}[”"]\s+(?=\p{Lu})/u;

type PhraseKind = 'proper' | 'unnamed' | 'raw';
/** What a speaker phrase names (`unknown`: no one, "RELATED"), remembered per article: its steps ask again. */
export const classifyPhrase: (phrase: string, kind: PhraseKind) => Classified = remembered(classifyFresh, {
  perArticle: true,
});

function classifyFresh(phrase: string, kind: PhraseKind): Classified {
  const c = classifyWords(phrase, kind);
  // ("INDONESIA SEARCH AND RESCUE AGENCY SAYS": an organisation in capitals, as it would be written)
  const written = asWritten(phrase);
  const org = written !== phrase && c.type !== 'organization' ? classifyWords(written, kind) : c;
  return org.type === 'organization' ? org : c;
}

function classifyWords(phrase: string, kind: 'proper' | 'unnamed' | 'raw'): Classified {
  const text = phrase.trim();
  const quantifier = QUANTIFIED.exec(text.toLowerCase())?.[1];
  const group = (quantifier && QUANTIFIER_SUBJECTS.has(quantifier)) || isPluralPeople(stripThe(text));
  if (group || countOf(text.split(/\s+/))) return { type: 'unnamed', name: text, role: null };
  // "Dwayne “The Rock” Johnson": the person's name, without the nickname between its words
  const c = readPhrase(withoutOpeningGerund(phrase.replace(NICKNAME, ' ')), kind);
  if (c.type === 'unknown') return unidentified(phrase);
  // "the polling average in New Hampshire": where the source is, not who it is
  const roleWords = (c.role ?? '').split(' ');
  const placed = c.type === 'person' && PLACE_PREPOSITIONS.has(roleWords.at(-1) ?? '');
  if (placed && PLACES.has(c.name.toLowerCase()))
    return classifyPhrase(roleWords.slice(0, -1).join(' '), kind);
  // ("the U.S. Embassy in Amman": an organisation in a place no list knows is the organisation there)
  if (placed && isOrganizationName(roleWords.slice(0, -1).join(' ')))
    return { type: 'organization', name: stripThe(text), role: null };
  if (c.type === 'person' && PLACES.has(c.name.toLowerCase()))
    return { ...c, type: 'organization', role: null };
  // "Ms. May": after an honorific even a month is a surname.
  const titled = c.type === 'person' && SHORT_HONORIFICS.has(openingWord(text, true));
  return titled || namesSomeone(c.name, c.type) ? c : unidentified(phrase);
}

/** "Two of Ohio's largest hospital systems": a count of a group, no one called Two. */
const countOf = (w: readonly string[]): boolean =>
  w[1] === 'of' && NUMBER_WORDS.has(w[0]?.toLowerCase() ?? '');

/** The words after a role ending in "of" ("Minister of | Innovation") hold no given name, or are an office's
 * own "General" ("Attorney | General"): an office. */
function officeOnly(words: readonly string[], split: number): boolean {
  const last = words[split - 1] ?? '';
  const rest = words.slice(split);
  // ("Minister of Foreign Affairs": a portfolio's words after its "of", split by a title word among them)
  const portfolio =
    words.slice(0, split).some((w) => w === 'of' || w === 'for') && rest.every(isPortfolioWord);
  const general = rest.length === 1 && rest[0] === 'General' && GENERAL_OFFICE_HEADS.has(last.toLowerCase());
  return (
    split > 0 &&
    (AFFILIATION_PREPOSITIONS.has(last) || portfolio || general) &&
    rest.every((w) => /^\p{Lu}/u.test(w) && !FIRST_NAMES.has(w.toLowerCase()))
  );
}

/** A one-word phrase that is a party's member ("The lifelong Republican who wrote …"), a party ("the
 * Tories") or people ("People also criticised …", not the magazine); else null. */
function oneWord(text: string, bare: string): Classified | null {
  const lower = bare.toLowerCase();
  if (PARTY_MEMBER_NOUNS.has(lower)) return { type: 'unnamed', name: text, role: null };
  if (bare !== text && /^\p{Lu}/u.test(bare) && PARTY_PLURALS.has(lower))
    return { type: 'organization', name: bare, role: null };
  if (UNNAMED_SOURCE_NOUNS.has(lower) && AMBIGUOUS_OUTLETS.has(bare))
    return { type: 'unnamed', name: text, role: null };
  // ("Ex-employee says …": a role after "ex-" names someone unnamed)
  const was = /^ex-(\p{Ll}+)$/u.exec(lower)?.[1] ?? '';
  if (PERSON_ROLE_NOUNS.has(was) || UNNAMED_SOURCE_NOUNS.has(was))
    return { type: 'unnamed', name: text, role: null };
  return null;
}

/** "Christian Democrats": a party's name ends in its members, never a given name and a surname. */
const partyName = (name: string): boolean => PARTY_PLURALS.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? '');

/** "the Liberal Democrats", "the Social Democrats": a party's name, capitalised opener and members' plural. */
const namedParty = (words: readonly string[]): boolean =>
  words.length === 2 &&
  /^\p{Lu}/u.test(itemAt(words, 0)) &&
  PARTY_NAME_OPENERS.has(itemAt(words, 0).toLowerCase()) &&
  partyName(itemAt(words, 1));

function readPhrase(phrase: string, kind: 'proper' | 'unnamed' | 'raw'): Classified {
  const text = phrase.trim();
  const bare = stripThe(text);
  const words = bare.split(/\s+/);
  if (worksAt(words) || peopleWhere(words)) return { type: 'unnamed', name: text, role: null };
  // "Alex Horton of the Washington Post", "political scientist Lori Turnbull of Dalhousie University": the
  // person, not the organisation or place after "of"; "Bank of Canada" has no person before it.
  const of = words.indexOf('of');
  const before = words.slice(0, of);
  const after = words.slice(of + 1);
  if (of > 0 && (isPersonHead(before) || describedPerson(before) || namedAt(before, after))) {
    const c = readPhrase(before.join(' '), kind === 'unnamed' ? 'proper' : kind);
    const and = after.indexOf('and'); // ("… of CUNY and Jamon Van Den Hoek of …": the first one's)
    const org = stripThe((and > 0 ? after.slice(0, and) : after).join(' '));
    return withAffiliation(c, org);
  }
  // ("The office of Prime Minister Jane Ortiz" is her office, as "Jane Ortiz's office" is)
  const holder = of === 1 && bare.startsWith('office ') ? readPhrase(after.join(' '), 'proper') : null;
  if (holder?.type === 'person') return { type: 'organization', name: `${holder.name}’s office`, role: null };
  const single = words.length === 1 ? oneWord(text, bare) : null;
  if (single) return single;
  // (with its "the": "Social conservatives" opening a sentence are people)
  if (bare !== text && namedParty(words)) return { type: 'organization', name: bare, role: null };
  // "the founder of the AirAsia group", "a spokesman for Ana Ruiz": someone's role there or for them, unnamed
  // ("Residents of Port Isabel": people of a place)
  const ofRole = of > 0 && (roleInLowerCase(words.slice(0, of)) || peopleOf(words, of));
  if (ofRole || speaksFor(words) || standsWith(words)) return { type: 'unnamed', name: text, role: null };
  // "a large study published Wednesday in The BMJ": a work and where it came out, not the journal
  if (publishedWork(words)) return { type: 'unnamed', name: text, role: null };
  if (
    isOrganizationName(bare) &&
    !describedPerson(words) &&
    !titledName(words) &&
    !roleOfSomeone(text, words)
  )
    return { type: 'organization', name: words.slice(describedBefore(words)).join(' '), role: null };
  // "Toronto-based Shopify", "according to research firm Counterpoint": a company its place or kind describes
  const described = describedOrganization(words);
  if (described) return { type: 'organization', name: described, role: null };
  // "veteran industry analyst Ken Doctor": a role before a full name is the person's, not an unnamed source.
  const unnamed = describedPerson(words) ? null : unnamedSource(text, words, kind);
  if (unnamed) return unnamed;
  const split = roleEnd(words);
  const name = withoutPossessive(words.slice(split).join(' '));
  const role = split > 0 ? words.slice(0, split).join(' ') : null;
  // "Minister of Innovation": an office names no one by itself; "Writers Guild of America" is an organisation.
  if (officeOnly(words, split)) {
    const office = words.slice(0, split).some((w) => TITLE_WORDS.has(w.toLowerCase())) || name === 'General';
    return office
      ? { type: 'unknown', name: text, role: null }
      : { type: 'organization', name: bare, role: null };
  }
  if (split === 0 && thingNamedWithThe(text, words)) return { type: 'organization', name, role: null };
  // "F.A.A. records", "the Real Clear Politics polling average", "CME Group's FedWatch tool": a common noun
  if (/(?:^|\s)\p{Ll}+$/u.test(name)) return { type: 'unknown', name: text, role: null };
  if (modifierOpensName(words, split)) return { type: 'organization', name: bare, role: null }; // "State Farm"
  if (describedByTrade(words[split - 1] ?? '', name) || partyName(name))
    return { type: 'organization', name, role: null };
  return { type: 'person', name, role: role && shownRole(role) };
}
