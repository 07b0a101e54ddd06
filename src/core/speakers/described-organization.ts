// "Toronto-based Shopify", "according to research firm Counterpoint": a name no lexicon knows, described as
// a company by its base or as an organisation by its kind in lowercase before it, or an organisation's
// name after a description ("mortgage buyer Freddie Mac").
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { itemAt } from '../text/item-at';
import { isKnownOrgName, isOrganizationName } from './organization-name';
import { describedBefore } from './described-before';

/** The organisation's name after its base or kind, or null. */
export function describedOrganization(words: readonly string[]): string | null {
  const based = words.findIndex((w) => /-based$/i.test(w));
  if (based >= 0) return basedOrganization(words.slice(based + 1)) ? words.slice(based + 1).join(' ') : null;
  const lead = describedBefore(words);
  const name = words.slice(lead);
  // ("mortgage buyer Freddie Mac": an organisation's own name after any description)
  // (unless a given name opens it and no lexicon knows it: "assistant pastor Charles Elliott III")
  const called = name.join(' ');
  const given = FIRST_NAMES.has(itemAt(name, 0).toLowerCase()) && !isKnownOrgName(called);
  if (lead > 0 && !given && isOrganizationName(called)) return called;
  if (lead < 1 || !ORG_ROLE_NOUNS.has(itemAt(words, lead - 1))) return null;
  // (a title inside is a person's: "district GOP Chairman Chuck Williams")
  return basedOrganization(name) && !name.some((w) => TITLE_WORDS.has(w.toLowerCase()))
    ? name.join(' ')
    : null;
}

/** The capitalised words after "X-based" with no given name or role: a company ("Sacramento-based
 * McClatchy"), not a person ("Ottawa-based economist Kevin Page", "Boston-based Maura Healey"). */
function basedOrganization(rest: readonly string[]): boolean {
  return (
    rest.length > 0 &&
    rest.every((w) => /^\p{Lu}/u.test(w)) &&
    !FIRST_NAMES.has(itemAt(rest, 0).toLowerCase()) &&
    !TITLE_WORDS.has(itemAt(rest, 0).toLowerCase())
  );
}
