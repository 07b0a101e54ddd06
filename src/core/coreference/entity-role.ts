// Which of the roles an article gives someone is kept, and which is shown.
import type { EntityRecord } from './entity-table';
import type { PersonMention } from './find-people';
import type { SeenMention } from './pronoun-antecedent';
import { descriptionOwner, kindTitleOwner, ownedDescription, ownedTitle } from './description-owner';
import { HONOURS } from '../lexicon/speaker-phrase-words';
import { TITLE_ABBREVIATIONS, TITLE_WORDS } from '../lexicon/titles';
import {
  OFFICE_LEVELS,
  OFFICE_MODIFIERS,
  POLICE_RANKS,
  RANK_MODIFIERS,
  SEAT_TITLES,
} from '../lexicon/title-kinds';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { isFormOfAddress } from '../speakers/form-of-address';
import { titleAt } from '../speakers/with-affiliation';

/** The role with more words wins ("former President" over "President"); ties keep the first seen. How
 * someone is addressed loses to any role ("spokesman" over "Lieutenant Colonel"). */
export function fullerRole(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  if (courtesyOnly(a) !== courtesyOnly(b)) return courtesyOnly(a) ? b : a;
  return b.split(' ').length > a.split(' ').length ? b : a;
}

/** The role shown: a title or role, but a description over a bare office's abbreviation or a seat's title
 * ("Rep." says less than "the South Carolina congressman", more than "a Republican"; with "a Republican
 * from Ocala", both), and where they work only when nothing else says anything, or with a title alone
 * ("Chief, Kwakiutl Coastal Alliance"). */
export function shownRole(e: EntityRecord): string | null {
  const own = e.role && e.roleOwner ? ownedTitle(e.role, e.roleOwner) : e.role;
  const role = own && e.affiliation && own === e.role ? (titleAt(own, e.affiliation) ?? own) : own;
  const description = described(e);
  // ("Senator Chris Coons, Democrat of Delaware": the seat, and whose member from where)
  const member = role && description && lessThan(role, null) ? memberFrom(description) : null;
  if (role && member) return `${role}, ${member}`;
  return (
    (role &&
    role !== e.affiliation && // ("Another analyst, Hiroshi Tanabe of Mizuho Securities,": where, not what)
    (!lessThan(role, description) || memberOnly(description)) &&
    !courtesyOnly(role) &&
    !saysMore(description, role)
      ? role
      : (description ?? rankless(role) ?? e.affiliation)) ?? null
  );
}

/** Does a description beside the name say more than the role? Over a title written short ("Rep.", "Cllr",
 * "Lt. Cmdr.") or half an office, any; over a seat's title ("Councillor", "state Senator"), one that says
 * what they do there ("the council's executive member for housing", "chair of the committee"), not only
 * what they are ("the Vermont socialist"). `null`: is the role a seat's title at all? */
function lessThan(role: string, description: string | null | undefined): boolean {
  const words = role.split(' ');
  if (words.every(short) || modifierOnly(role)) return true;
  // ("The MP for Stretford, Labour's Daniel Ashworth,": a party's or a body's name alone says whose, not what)
  if (typeof description === 'string' && words.every(ownerWord)) return true;
  const seat = words.every((w) => short(w) || SEAT_TITLES.has(lower(w)) || OFFICE_LEVELS.has(lower(w)));
  if (!seat || words.every((w) => OFFICE_LEVELS.has(lower(w)))) return false;
  return description === null || (description !== undefined && saysWhatTheyDo(description));
}

const lower = (w: string): string => w.toLowerCase();
/** A capitalised word of a name that is no title or role ("Labour", "Scottish"). */
const ownerWord = (w: string): boolean =>
  /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(lower(w)) && !PERSON_ROLE_NOUNS.has(lower(w)) && !short(w);
const short = (w: string): boolean => w.endsWith('.') || TITLE_ABBREVIATIONS.has(lower(w));

/** Prepositions after a description's head that name where someone holds it. */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'in', 'of', 'on']);

/** An office in a description: an owner's possessive, a body after its head, or a title as its head. */
function saysWhatTheyDo(description: string): boolean {
  const words = description.split(/\s+/);
  if (/['’]s\s/u.test(description) || words.some((w, k) => k > 0 && BODY_PREPOSITIONS.has(w))) return true;
  const head =
    lower(words.at(-1) ?? '')
      .split('-')
      .at(-1) ?? ''; // ("vice-chair")
  return TITLE_WORDS.has(head);
}

/** "a Republican from Lancaster County (who …)", "the Virginia Democrat", "Democrat of Delaware": a party's
 * member and where from, without the article or what follows; null for a member alone. */
function memberFrom(description: string): string | null {
  const words = description.replace(/^(?:an?|the)\s+/u, '').split(/\s+/);
  const p = words.findIndex((w) => /^\p{Lu}/u.test(w) && PARTY_MEMBER_NOUNS.has(lower(w)));
  if (p < 0 || !words.slice(0, p).every((w) => /^\p{Lu}/u.test(w))) return null;
  let end = p + 1; // past the member's noun, then "of"/"from" and the place's words
  if (FROM_WORDS.has(words[end] ?? '') && /^\p{Lu}/u.test(words[end + 1] ?? '')) {
    end += 2;
    while (/^\p{Lu}/u.test(words[end] ?? '')) end++;
  }
  if (p === 0 && end === p + 1) return null; // (a member alone: "a Republican")
  return words.slice(0, end).join(' ').replace(/,$/, '');
}

/** Words between a party's member and where they are from. */
const FROM_WORDS: ReadonlySet<string> = new Set(['from', 'of']);

/** "Deputy" before a name (as the Dáil addresses its members), "Vice": half an office, which says less than
 * "the leader of Sinn Féin" beside the name. */
const modifierOnly = (role: string): boolean =>
  !role.includes(' ') && OFFICE_MODIFIERS.has(role.toLowerCase());

/** "a Republican", "a Socialist": whose party or nation someone is says less than even "Gov." or "Sen.". */
const memberOnly = (description: string | undefined): boolean =>
  /^(?:an?\s+)?\p{Lu}[\p{Ll}-]+$/u.test(description ?? '');

/** A role that is only an honour ("Sir" for "Sir Keir Starmer") shows nothing: it is no office. */
const rankless = (role: string | null): string | null =>
  role?.split(' ').every((w) => HONOURS.has(w.toLowerCase())) ? null : role;

/** "author of Unlikeable" says more than "author", every word of which it has; "former president of
 * Dartmouth College" is another time than "President". */
const saysMore = (description: string | undefined, role: string): boolean => {
  const words = new Set(description?.toLowerCase().split(/\s+/));
  const roleWords = role.toLowerCase().split(' ');
  return (
    words.size > roleWords.length &&
    roleWords.every((w) => words.has(w)) &&
    !(words.has('former') && !roleWords.includes('former'))
  );
};

/** "Professor Sir", "Lieutenant General", "Rear Adm.", "Prince", "Officer": how someone is addressed says
 * less than "NHS England's national medical director" or "the director general of Inter-Services Public
 * Relations". */
function courtesyOnly(role: string): boolean {
  const words = role.split(' ').map((w) => w.toLowerCase().replace(/\.$/, ''));
  const addressed = (w: string): boolean => isFormOfAddress(w) || POLICE_RANKS.has(w);
  return words.some(addressed) && words.every((w) => addressed(w) || RANK_MODIFIERS.has(w));
}

/** The description, with whose it is for "his"/"her" ("Bernie Sanders’s top aide"). */
const described = (e: EntityRecord): string | undefined =>
  e.description && e.descriptionOwner
    ? ownedDescription(e.description, e.descriptionOwner)
    : e.description?.replace(/^its\s/, ''); // ("Its president", whose unknown: "president")

/** A mention's description and workplace, kept where the entity has none yet (the first one seen), with
 * the owner of its "his" or "her" among the mentions `seen` before it. */
export function noteDescriptions(
  e: EntityRecord,
  pm: PersonMention,
  seen: readonly SeenMention[],
  text: string,
): void {
  if (!e.description && pm.description) {
    e.description = pm.description;
    e.descriptionOwner = descriptionOwner(pm.description, seen, e, pm.start, text) ?? undefined;
  }
  e.affiliation ??= pm.affiliation ?? undefined;
  if (pm.role && pm.role === e.role) e.roleOwner ??= kindTitleOwner(pm.role, seen, pm.start) ?? undefined;
}
