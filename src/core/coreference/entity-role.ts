// Which of the roles an article gives someone is kept, and which is shown.
import type { EntityRecord } from './entity-table';
import type { PersonMention } from './find-people';
import type { SeenMention } from './pronoun-antecedent';
import { descriptionOwner, kindTitleOwner, ownedDescription, ownedTitle } from './description-owner';
import { HONOURS } from '../lexicon/speaker-phrase-words';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles';
import { OFFICE_MODIFIERS, RANK_MODIFIERS } from '../lexicon/title-kinds';
import { isFormOfAddress } from '../speakers/form-of-address';
import { titleAt } from '../speakers/with-affiliation';

/** The role with more words wins ("former President" over "President"); ties keep the first seen. How
 * someone is addressed loses to any role ("spokesman" over "Lieutenant Colonel"). */
export function fullerRole(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  if (courtesyOnly(a) !== courtesyOnly(b)) return courtesyOnly(a) ? b : a;
  return b.split(' ').length > a.split(' ').length ? b : a;
}

/** The role shown: a title or role, but a description over a bare office's abbreviation ("Rep." says less
 * than "the South Carolina congressman", more than "a Republican"), and where they work only when nothing
 * else says anything, or with a title alone ("Chief, Kwakiutl Coastal Alliance"). */
export function shownRole(e: EntityRecord): string | null {
  const own = e.role && e.roleOwner ? ownedTitle(e.role, e.roleOwner) : e.role;
  const role = own && e.affiliation && own === e.role ? (titleAt(own, e.affiliation) ?? own) : own;
  return (
    (role &&
    role !== e.affiliation && // ("Another analyst, Hiroshi Tanabe of Mizuho Securities,": where, not what)
    ((!abbreviatedOnly(role) && !modifierOnly(role)) || memberOnly(described(e))) &&
    !courtesyOnly(role) &&
    !saysMore(described(e), role)
      ? role
      : (described(e) ?? rankless(role) ?? e.affiliation)) ?? null
  );
}

/** "Rep.", "Cllr", "Lt. Cmdr.": a title written short says less than a description beside the name. */
const abbreviatedOnly = (role: string): boolean =>
  role.split(' ').every((w) => w.endsWith('.') || TITLE_ABBREVIATIONS.has(w.toLowerCase()));

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

/** "Professor Sir", "Lieutenant General", "Rear Adm.", "Prince": how someone is addressed says less than
 * "NHS England's national medical director" or "the director general of Inter-Services Public Relations". */
function courtesyOnly(role: string): boolean {
  const words = role.split(' ').map((w) => w.toLowerCase().replace(/\.$/, ''));
  return words.some(isFormOfAddress) && words.every((w) => isFormOfAddress(w) || RANK_MODIFIERS.has(w));
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
