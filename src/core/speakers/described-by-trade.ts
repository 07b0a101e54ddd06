// "Utility company Duke Energy", "Chipmaker Acmetron", "Danish developer Vestkyst Energi": a company described
// by its trade right before its name.
import { COMPANY_TRADE_NOUNS, SHARED_TRADE_NOUNS } from '../lexicon/company-trades';
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';

/** The role's last word is a company's trade; one that people have too ("software developer Anna Berg")
 * only before a name that opens on no given name. */
export function describedByTrade(head: string, name: string): boolean {
  const lower = head.toLowerCase();
  if (ORG_ROLE_NOUNS.has(lower) || COMPANY_TRADE_NOUNS.has(lower)) return true;
  const opening = (/^[\p{L}'-]+/u.exec(name)?.[0] ?? '').toLowerCase();
  return SHARED_TRADE_NOUNS.has(lower) && !FIRST_NAMES.has(opening);
}
