// Whether a description's capitalised words fit the organisation it would resolve to.
import { PLACES } from '../lexicon/places';
import { ORGANIZATION_ALIASES } from '../lexicon/organizations';
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { CENTRAL_BANK, NAMED_ORG_HEADS, PORTFOLIO_HEADS } from '../lexicon/org-kinds';
import { isDemonym } from '../speakers/is-demonym';
import { withoutPossessive } from '../text/possessive';
import { pastCityComma } from '../speakers/place-compound';

/** A central bank's name ("European Central Bank", "Bank of Japan"), or one an abbreviation stands for. */
export const isCentralBank = (name: string): boolean =>
  CENTRAL_BANK.test((ORGANIZATION_ALIASES.get(name.toLowerCase()) ?? name).toLowerCase());

/** Letters a place and its people's adjective share ("Qatar", "Qatari"; "Palestine", "Palestinian"). */
const NATION_STEM = 4;

/** "The Doctors Nova Scotia association" is not Nova Scotia Health: a capitalised word of the description
 * that is no place or people's adjective ("the Israeli military", "the Toronto-based company") is in the
 * organisation's name. */
export function namesFit(description: string, name: string): boolean {
  const called = name.toLowerCase();
  // ("The Palestinian health ministry" is not Qatar's foreign ministry: a place or people the name has
  // must be the description's)
  const nations = called
    .split(/\s+/)
    .map(withoutPossessive)
    .filter((w) => PLACES.has(w) || isDemonym(w));
  const nationFits = (w: string): boolean =>
    nations.every((n) => n.slice(0, NATION_STEM) === w.slice(0, NATION_STEM));
  // ("the health ministry" is not the Israeli Foreign Ministry: a portfolio the name has must be the
  // description's)
  const portfolios = called.split(/\s+/).filter((w) => PORTFOLIO_WORDS.has(w));
  // (nor is "the labour ministry" Hyundai, which has none)
  const said = description.toLowerCase().split(/\s+/);
  const some = portfolios.length > 0 || PORTFOLIO_HEADS.has(said.at(-1) ?? '');
  if (some && said.some((w) => PORTFOLIO_WORDS.has(w)) && !portfolios.some((w) => said.includes(w)))
    return false;
  // ("the sheriff's office" is not "the FBI's Charlotte field office": a head only a name has must come with
  // the description's other words)
  const head = said.at(-1) ?? '';
  // ("the central bank" is no commercial "Vistula Bank": a central bank's name says what it is)
  if (head === 'bank' && said.includes('central') && !isCentralBank(name)) return false;
  if (NAMED_ORG_HEADS.has(head) && !said.slice(0, -1).every((w) => called.includes(withoutPossessive(w))))
    return false;
  const words = description.split(/\s+/);
  return words
    .slice(pastCityComma(words))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => withoutPossessive(w.toLowerCase()))
    .every(
      (w) => called.includes(w) || ((PLACES.has(w) || isDemonym(w)) && nationFits(w)) || /-based$/.test(w),
    );
}
