// Where a person's role ends and their name begins in a capitalised phrase: after the last title word, an
// acronym ("Jets QB Zach Wilson"), an organisation's possessive ("NPR’s Feng") or a lowercase role word; and
// the role without the honorific that closes it.
import {
  GENERAL_OFFICE_HEADS,
  MILITARY_RANKS,
  RANK_ABBREVIATIONS,
  OFFICE_MODIFIERS,
  SEAT_TITLES,
  STYLE_TITLES,
  SPEAKING_THROUGH,
  TITLE_MODIFIERS,
} from '../lexicon/title-kinds';
import { FIRST_NAMES, NAME_PARTICLES, PATRONYMIC_PARTICLES } from '../lexicon/first-names';
import { ORG_HEADS } from '../lexicon/org-heads';
import { COMPANY_TRADE_NOUNS } from '../lexicon/company-trades';
import { PLACES } from '../lexicon/places';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { OFFICE_BODIES, TITLE_WORDS } from '../lexicon/titles';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { TITLE_IN_TAILS } from '../lexicon/title-kinds';
import { itemAt } from '../text/item-at';
import { withoutPossessive } from '../text/possessive';
import { COURTESY_TITLES, SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';
import { isAcronym, isInitials, isOrganizationName } from './organization-name';
import { isAge } from '../text/is-age';
import { isFormOfAddress } from './form-of-address';
import { officeHolderAt } from './office-holder-at';
import { OFFICE_OF } from './portfolio-list';
import { countryInitialsName } from './modifier-name';

/** "NPR’s Feng", "Media Research Center’s Bozell": an organisation's or place's possessive before a name
 * is a role; "Axelrod’s memoir" and "Trump’s Massive Debate" are not. */
function possessiveOrg(words: readonly string[], i: number): boolean {
  const w = itemAt(words, i);
  if (!/[’']s$/.test(w) || !/^\p{Lu}/u.test(words[i + 1] ?? '')) return false;
  // ("the 5th District's Kyle Hupfer and the 8th District's Rick Martin": two people, no one's role)
  if (words.slice(0, i).includes('and')) return false;
  const owner = withoutPossessive(words.slice(0, i + 1).join(' '));
  return isOrganizationName(owner) || PLACES.has(owner.toLowerCase());
}

/** A given name and a surname from word i ("Jets QB | Zach Wilson", not "JP | Morgan"). */
const fullNameAt = (words: readonly string[], i: number): boolean =>
  i + 1 < words.length && FIRST_NAMES.has(itemAt(words, i).toLowerCase());

/** Initials for a first name at word i, before a capitalised surname ("J.D. Vance", not "F.A.A. records"). */
const initialsBefore = (words: readonly string[], i: number): boolean =>
  isInitials(itemAt(words, i)) &&
  /^\p{Lu}/u.test(words[i + 1] ?? '') &&
  !ORG_HEADS.has((words[i + 1] ?? '').toLowerCase());

/** "Senior forecaster Dean Stewart", "County Supervisor Dean Hartley", "Rep. Dean Arp": a title word that is
 * also a given name, right after a lowercase role, a role noun's title or an abbreviated title, and before the
 * surname, is the name's start. */
const givenAfterRole = (words: readonly string[], i: number): boolean => {
  const before = (words[i - 1] ?? '').toLowerCase();
  const abbreviated = before.endsWith('.') && TITLE_WORDS.has(before);
  return (
    i === words.length - 2 &&
    i > 0 &&
    (/^\p{Ll}/u.test(itemAt(words, i - 1)) ||
      (PERSON_ROLE_NOUNS.has(before) && TITLE_WORDS.has(before)) ||
      abbreviated) &&
    FIRST_NAMES.has(itemAt(words, i).toLowerCase())
  );
};

/** A rank's number after "No." ("world No. 1"). */
const isRank = (words: readonly string[], i: number): boolean =>
  /^\d+$/.test(itemAt(words, i)) && words[i - 1] === 'No.';

/** Where the role ends in `words`: after the last title word; the name is what follows it. */
export function roleEnd(words: readonly string[]): number {
  let split = 0;
  words.forEach((w, i) => {
    const lw = w.toLowerCase().replace(/\.$/, '');
    if (
      i < words.length - 1 &&
      !givenAfterRole(words, i) &&
      (TITLE_WORDS.has(lw) ||
        TITLE_WORDS.has(`${lw}.`) ||
        // "County Judge-Executive Dan Mosley", "Mayor-elect Ana Ruiz"
        (lw.includes('-') && lw.split('-').some((part) => TITLE_WORDS.has(part))) ||
        // "Jets QB Zach Wilson"
        (isAcronym(w) &&
          !initialsBefore(words, i) &&
          (i === 0 || fullNameAt(words, i + 1)) &&
          !(i === 0 && countryInitialsName(words))) || // ("USA Swimming" is a body's name)
        // "Oceanographer Charitha Pattiaratchi" opening a sentence, "NPR’s Feng", "Sacramento-based X"
        // "Chipmaker Acmetron": a company's trade, capitalised only by opening the sentence
        (i === 0 && (PERSON_ROLE_NOUNS.has(lw) || COMPANY_TRADE_NOUNS.has(lw))) ||
        // "Chief Librarian Sonia Patel", "Chief Public Defender Rosa Kim": a role word going on with the
        // title (past one modifier), before a full name
        (split > 0 && i - split <= 1 && PERSON_ROLE_NOUNS.has(lw) && fullNameAt(words, i + 1)) ||
        possessiveOrg(words, i) ||
        // "the Liberal Democrat Munira Wilson": a party's member before a name of two words or more
        (PARTY_MEMBER_NOUNS.has(lw) && words.length - i > 2) ||
        (words[i - 1] === 'in' && TITLE_IN_TAILS.has(lw)) || // "Special Agent in Charge"
        (split === i && words[i - 1] === 'the' && OFFICE_BODIES.has(lw)) || // "Leader of the Opposition"
        // "ambassador to Mexico Roberta Jacobson": a place after the role's preposition, before a full name
        (i === split &&
          i > 0 &&
          /^\p{Ll}+$/u.test(itemAt(words, i - 1)) &&
          PLACES.has(lw) &&
          fullNameAt(words, i + 1)) ||
        /-based$/i.test(w) ||
        isRank(words, i) || // "Former world No. 1 Andy Murray"
        isAge(lw) || // "23-year-old Chloe Tan"
        // "chief engineer Ruth Okafor": a lowercase role word; "Charles de Gaulle" keeps its particle
        (/^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(lw)))
    )
      split = i + 1;
  });
  // ("Finance Minister Sultan bin Salim Al Habsi": the word before a father's name is a given name, whatever
  // else it may be)
  const father = words.findIndex((w, i) => i > 0 && PATRONYMIC_PARTICLES.has(w));
  return officeObjectEnd(words, father > 0 && split > father - 1 ? father - 1 : split);
}

/** "Minister of Information Mohammed Idris", "Minister for Foreign Affairs Penny Wong": after a title's "of" or
 * "for", what the office is for, not the name. */
function officeObjectEnd(words: readonly string[], split: number): number {
  // ("Leader of the Opposition Shiv Prakash Pandey": the body closes what the office is for)
  if (words[split - 2] === 'the' && OFFICE_BODIES.has((words[split - 1] ?? '').toLowerCase())) return split;
  const of = Math.max(words.lastIndexOf('of', split - 1), words.lastIndexOf('for', split - 1));
  const at = officeHolderAt(words, of, split);
  return at < 0 ? split : at;
}

/** The role a person's phrase gives them: none for an age alone ("23-year-old Chloe Tan"), without a
 * closing honorific, and without the "through" someone speaks for another by ("through his lawyer"). */
export const shownRole = (role: string): string | null => {
  const through = role.split(' ', 1)[0] ?? '';
  const own = SPEAKING_THROUGH.has(through) ? role.slice(through.length + 1) : role;
  return isAge(own) || own === '' ? null : withoutHonorific(own);
};

/** A rank, a courtesy, a cleric's or a royal's title, written out or short: how someone is addressed. */
const addressedBy = (w: string): boolean => isFormOfAddress(w) || ranked(w);

/** A military rank, written out or short. */
const ranked = (w: string): boolean => MILITARY_RANKS.has(w) || RANK_ABBREVIATIONS.has(w.replace(/\.$/, ''));

/** A role without the honorific that closes it ("lead author Dr." → "lead author"): "Dr." is how the
 * person is addressed. What is left is a role only if a role word ends it ("Friends of Mr." is none). */
export function withoutHonorific(role: string): string | null {
  const words = role.split(' ');
  // ("government spokesman Colonel", "army commander Lieutenant General", "UPDF spokesperson Brig Gen",
  // "Legal analyst Professor", "KMJA chairperson Justice": how they are addressed, after a lowercase role;
  // not an office's own "general", "secretary general")
  const rank = words.findIndex((w, k) => {
    const before = (words[k - 1] ?? '').toLowerCase();
    const title = w.toLowerCase();
    // (after a lowercase role, or a capitalised office: "NBA President Mazi", "Energy Minister Prince",
    // "Crown Prince Sheikh"; not "Crown Prince", "Lieutenant General")
    const headed =
      (PERSON_ROLE_NOUNS.has(before) || TITLE_WORDS.has(before)) &&
      !TITLE_MODIFIERS.has(before) &&
      !OFFICE_MODIFIERS.has(before) &&
      !addressedBy(before);
    const office = (headed || STYLE_TITLES.has(before)) && title !== 'chief' && !ranked(title);
    return (
      k > 0 &&
      (/^\p{Ll}/u.test(words[k - 1] ?? '') || office) &&
      (MILITARY_RANKS.has(title) ||
        // (written as a title: "police chief" and "assistant pastor" are offices; "Greens resources
        // spokesman Senator": a seat's title after a role is how the holder is addressed)
        (/^\p{Lu}/u.test(w) &&
          (addressedBy(title) ||
            (title === 'justice' && PERSON_ROLE_NOUNS.has(before)) ||
            (headed && SEAT_TITLES.has(title))))) &&
      !(title === 'general' && GENERAL_OFFICE_HEADS.has(before))
    );
  });
  if (rank > 0 && words.slice(rank + 1).every((w) => addressedBy(w.toLowerCase())))
    return words.slice(0, rank).join(' ');
  const last = (words.at(-1) ?? '').toLowerCase().replace(/\.$/, '');
  // ("Economist Prof.", "Human rights lawyer Barr.": a courtesy title written short with its dot too)
  const dotted = words.length > 1 && /\.$/.test(words.at(-1) ?? '') && COURTESY_TITLES.has(last);
  if (!SHORT_HONORIFICS.has(last) && !dotted) return role;
  // ("Vatican spokesman the Rev.": past its article too)
  const cut = words.at(-2)?.toLowerCase() === 'the' ? 2 : 1;
  const head = (words.at(-1 - cut) ?? '').toLowerCase();
  // (or an office and what it is for: "Minister for Legal Affairs Dr.")
  const office = words.some((w, k) => TITLE_WORDS.has(w.toLowerCase()) && OFFICE_OF.has(words[k + 1] ?? ''));
  return PERSON_ROLE_NOUNS.has(head) || TITLE_WORDS.has(head) || office
    ? words.slice(0, -cut).join(' ')
    : null;
}
