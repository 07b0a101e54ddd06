// Where an organisation's name starts after the lowercase nouns describing it ("the security firm Nisos").
import { COMPANY_TRADE_NOUNS, ORG_APPOSITION_HEADS } from '../lexicon/company-trades';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { ORG_NAME_JOINS, ORG_NAME_NON_DESCRIBERS } from '../lexicon/organizations';
import { ROLE_STOP_WORDS } from '../lexicon/speaker-phrase-words';
import { itemAt } from '../text/item-at';
import { isPlaceCompoundWord } from './place-compound';
import { isDemonym } from './is-demonym';

/** Most lowercase words describing an organisation's name before it ("the security firm Nisos"). */
const MAX_DESCRIBING = 3;

/** "Athens-based", "Kurdish-led", "state-run": a compound saying where or by whom, not a word of the name
 * ("Wirlu-murra Yindjibarndi Aboriginal Corporation"). */
const describesWhere = (w: string): boolean =>
  isPlaceCompoundWord(w) && (/^\p{Ll}/u.test(w) || /-\p{Ll}+ed$/u.test(w));

/** A noun saying what kind of body an organisation is ("agency", "carrier"). */
const isOrgKind = (w: string): boolean => ORG_APPOSITION_HEADS.has(w) || ORG_ROLE_NOUNS.has(w);

/** "charity Medical Aid for Palestinians", "security firm Nisos": where the name starts after the
 * lowercase nouns describing it (0 when none do, or the phrase is no plain description and name). */
export function describedBefore(words: readonly string[]): number {
  // ("Retailer Hollister Brands": a trade opening the sentence describes too; so does where it is,
  // "Athens-based Thalassa Tankers")
  // (and a nation's word before lowercase ones: "Chinese battery maker Ningtai New Energy")
  const first = itemAt(words, 0);
  const nation = isDemonym(first.toLowerCase()) && /^\p{Ll}/u.test(words[1] ?? '');
  // (and any capitalised word before lowercase ones ending on what kind of body it is: "Gulf carrier Desert
  // Falcon Airways", "Ratings agency Standard Rating Services")
  const next = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  const kind = next > 1 && /^\p{Lu}/u.test(first) && isOrgKind(itemAt(words, next - 1));
  const trade =
    COMPANY_TRADE_NOUNS.has(first.toLowerCase()) || describesWhere(first) || nation || kind ? 1 : 0;
  const lead = words.findIndex((w, i) => i >= trade && /^\p{Lu}/u.test(w) && !describesWhere(w));
  if (lead < 1 || lead > MAX_DESCRIBING) return 0;
  // (nouns, not "one former GOP …" or "outside GOP groups")
  const describing = words
    .slice(trade, lead)
    .every((w) => /^\p{Ll}+$/u.test(w) && !ROLE_STOP_WORDS.has(w) && !ORG_NAME_NON_DESCRIBERS.has(w));
  const named = words.slice(lead).every((w) => /^[\p{Lu}\d]/u.test(w) || ORG_NAME_JOINS.has(w));
  return describing && named ? lead : 0;
}
