// Capitalised runs that have a name's words but name no person: a wire dateline, a thing after "the", a
// party member, a place, an organisation.
import { ORG_HEADS } from '../lexicon/org-heads';
import { PLACES, STREET_WORDS } from '../lexicon/places';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { isKnownOrgName } from '../speakers/organization-name';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { PARTY_MEMBER_NOUNS, PARTY_PLURALS } from '../lexicon/party-words';
import type { NearbyWords } from '../text/nearby-words';
import { isPossessive, withoutPossessive } from '../text/possessive';
import { FIRST_NAMES } from '../lexicon/first-names';
import { tokenAt } from '../text/token-window';
import { surnameFirst } from './person-name-words';
import { organizationAfter } from './organization-after';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles';
import { ABSTRACT_PLURAL_ENDINGS } from '../lexicon/trade-nouns';
import type { Token } from '../text/tokenize';

/** Tokens read after a run for an apposition naming an organisation's kind. */
const ORG_APPOSITION_TOKENS = 16;
const DATELINE_ENDS = new Set([',', '(', '-', '–', '—']);

/** "JACKSON, Miss. —", "ORLANDO (Reuters) -": a run in capitals before a comma, bracket or dash is a
 * dateline, not a name ("KATE BOULDUAN: …" in a transcript is one). */
export const isDatelineRun = (toks: readonly Token[], i: number, j: number): boolean =>
  DATELINE_ENDS.has(toks[j + 1]?.text ?? '') &&
  toks.slice(i, j + 1).every((t) => !t.word || (t.text.length > 1 && t.text === t.text.toUpperCase()));

/** The run i…j whose name would start at f names no person. */
export function namesNoPerson(
  toks: readonly Token[],
  run: { readonly i: number; readonly f: number; readonly j: number },
  titled: boolean,
  surnames: NearbyWords,
): boolean {
  const { i, f, j } = run;
  const last = withoutPossessive(tokenAt(toks, j).lower);
  // "the Rudy Problem", "the Jimmy Fund": a run after a lowercase "the" is a thing's name, unless it ends
  // in a surname the article uses alone as a speaker ("the Bernie Sanders campaign").
  if (!titled && f === i && toks[i - 1]?.text === 'the' && !surnames.has(last, tokenAt(toks, j).start))
    return true;
  // "the Virginia Democrat": a place (even one that is a first name) and a party member describe someone;
  // after a title it is a surname ("Mayor John Tory").
  // ("the Greens", "the Tories": a party's plural names the party)
  if ((PARTY_MEMBER_NOUNS.has(last) || PARTY_PLURALS.has(last)) && f === i && !titled) return true;
  // "Georgia", "Victoria", "Washington": a run that is exactly a place is not a person unless titled, nor
  // one an organisation's head ends ("Emory University", "Orlando Regional Medical Center").
  // ("Lt. Col. Dmytro Zaporozhets": a second rank written short after the first is no surname)
  if (f === j && TITLE_ABBREVIATIONS.has(last) && toks[j + 1]?.text === '.') return true;
  if (titled) return false;
  // ("a strategist at Raymond James", "an economist at Edward Jones": a person's employer)
  if (f === i && toks[i - 1]?.lower === 'at' && PERSON_ROLE_NOUNS.has(toks[i - 2]?.lower ?? '')) return true;
  // ("Opening Prime Minister's Questions, …": an abstract noun's plural alone is no one's surname)
  if (f === j && ABSTRACT_PLURAL_ENDINGS.some((e) => last.endsWith(e))) return true;
  // ("Unison Scotland, which represents support staff,": a person's relative is "who")
  if (toks[j + 2]?.lower === 'which' && toks[j + 1]?.text === ',' && !FIRST_NAMES.has(tokenAt(toks, f).lower))
    return true;
  // ("Selene Dynamics, a Houston-based start-up,": an apposition says what the run names)
  const after = toks[j + 1]?.text === ',' ? toks.slice(j + 1, j + ORG_APPOSITION_TOKENS) : [];
  if (after.length > 0 && organizationAfter(after.map((t) => t.text).join(' '))) return true;
  const words = toks.slice(f, j + 1).map((t) => t.text);
  if (PLACES.has(withoutPossessive(words.join(' ').toLowerCase()))) return true;
  // ("grew up in Tulsa, the son of …": one word after "in" is a place, not a person a description names)
  const one = tokenAt(toks, j);
  if (f === j && toks[i - 1]?.lower === 'in' && !FIRST_NAMES.has(one.lower) && !isPossessive(one.text))
    return true;
  // ("a bakery on Patricia Street": a street after its preposition)
  if (STREET_WORDS.has(last) && PREPOSITIONS.has(toks[i - 1]?.lower ?? '')) return true;
  // ("Black Lives Matter, the organizational Grand Marshal for the parade,": a known organisation's name)
  // (nor one closing on a known name of two or three words: "the Philippine Red Cross")
  const named = (k: number) =>
    words.length >= k && isKnownOrgName(withoutPossessive(words.slice(-k).join(' ')));
  if (named(words.length) || named(2) || named(3)) return true;
  return toks.slice(f + 1, j + 1).some((t) => ORG_HEADS.has(withoutPossessive(t.lower)));
}

/** The run ends in a word used alone as a speaker ("“…,” Farinloye said"), and not in an organisation's
 * head ("Police said …" does not make "the Illinois State Police" a person). */
export function surnameEnds(toks: readonly Token[], j: number, surnames: NearbyWords): boolean {
  const last = withoutPossessive(tokenAt(toks, j).lower);
  // ("Former Arsenal striker Ian Wright": a name before a role noun and a name is whose the role is)
  const role = toks[j + 1];
  if (role?.word && !role.cap && PERSON_ROLE_NOUNS.has(role.lower) && toks[j + 2]?.cap) return false;
  // ("the Sun-Times reported": a head inside a hyphenated last word too)
  return surnames.has(last, tokenAt(toks, j).start) && !last.split('-').some((w) => ORG_HEADS.has(w));
}

/** "Park Won-ho … Park said": a two-word run whose surname comes first, before a hyphened given name, with
 * that surname used alone as a speaker. */
export const surnameOpens = (toks: readonly Token[], i: number, j: number, surnames: NearbyWords): boolean =>
  j === i + 1 &&
  surnameFirst([tokenAt(toks, i).text, tokenAt(toks, j).text]) &&
  surnames.has(tokenAt(toks, i).lower, tokenAt(toks, i).start);

/** "Babatunji Farinloye, 50,": an age between commas right after a capitalised pair marks a person. */
export const hasAgeAfter = (toks: readonly Token[], j: number): boolean =>
  toks[j + 1]?.text === ',' &&
  /^\d{1,3}$/.test(toks[j + 2]?.text ?? '') &&
  /^[,.]$/.test(toks[j + 3]?.text ?? '');
