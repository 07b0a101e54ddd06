// The short name a company goes by once introduced: "Samsung Electronics Co." is then "Samsung", "Apple
// Inc." is "Apple", "Southwest Airlines" is "Southwest", "Sage Therapeutics" is "Sage", and a name opening
// on a coined word goes by it ("Riverbend Health System" is "Riverbend"); "Toronto Police Service" is never
// "Toronto". A founder's name goes by its surname ("Eli Lilly and Co." is "Lilly").
import { COMPANY_SUFFIXES, COMPANY_TRADE_HEADS } from '../lexicon/company-heads';
import { ORG_HEADS, PROPER_ORG_HEADS } from '../lexicon/org-heads';
import { FIRST_NAMES } from '../lexicon/first-names';
import { PLACES } from '../lexicon/places';
import { COMPASS_WORDS } from '../lexicon/regions';
import { PARTY_ADJECTIVES } from '../lexicon/party-words';
import { isDemonym } from '../speakers/is-demonym';
import { ORG_HEAD_SYNONYMS } from '../lexicon/organizations';

/** The heads of unions' names ("Workers", "Guild"). */
const UNION_HEADS = ORG_HEAD_SYNONYMS.union ?? [];

/** The words joining a suffix to the name ("Eli Lilly and Co.", "Brown & Co."). */
const JOINERS = new Set(['and', '&']);

/** The shorter names (lowercased) a company's full name stands for, longest first; none for other names. */
export function companyShortNames(name: string): string[] {
  const ws = name.toLowerCase().split(/\s+/);
  // ("Southwest Airlines" is then "Southwest": a company's trade head says it is one as a suffix does)
  const last = ws.at(-1) ?? '';
  // ("Eli Lilly", "Charles Schwab"; not "Elliott Management")
  if (ws.length === 2 && FIRST_NAMES.has(ws[0] ?? '') && !ORG_HEADS.has(last)) return [last];
  if (ws.length < 2) return [];
  if (!(COMPANY_SUFFIXES.has(last) || COMPANY_TRADE_HEADS.has(last))) return coinedOpening(name, ws);
  const out: string[] = [];
  const top = JOINERS.has(ws.at(-2) ?? '') ? ws.length - 2 : ws.length - 1;
  // past the suffix, trade words that are organisation heads too ("Electronics", "Motors")
  for (let end = top; end >= 1 && (end === top || ORG_HEADS.has(ws[end] ?? '')); end--)
    out.push(ws.slice(0, end).join(' '));
  if (top === 2 && FIRST_NAMES.has(ws[0] ?? '')) out.push(ws[1] ?? '');
  // ("Redline Freight Inc." is then "Redline" too: a coined word before a trade and the suffix)
  const coined = top > 1 ? coinedOpening(name, ws) : [];
  return coined[0] && !out.includes(coined[0]) ? [...out, coined[0]] : out;
}

/** "Riverbend Health System" is then "Riverbend", "Stillwater Security" "Stillwater": a name with an
 * organisation's head that opens on a coined word, no place, given name, nation, party or head of its own
 * ("Toronto Police Service" is never "Toronto", nor "National Grid" "National"). */
function coinedOpening(name: string, ws: readonly string[]): string[] {
  const first = ws[0] ?? '';
  const written = name.split(/\s+/)[0] ?? '';
  const coined =
    /^\p{Lu}\p{Ll}{3,}$/u.test(written) &&
    // (no owner inside, "Calloway Cloud's AI" is a thing misread as a name; a plural's may be,
    // "Brightpath Children's Trust")
    !/(?<!children|people|women|men)['’]s\s/iu.test(name) &&
    !FIRST_NAMES.has(first) &&
    !PLACES.has(first) &&
    !COMPASS_WORDS.has(first) &&
    !PARTY_ADJECTIVES.has(first) &&
    !ORG_HEADS.has(first) &&
    // (a union named after its employer is not the employer: "Copperleaf Workers United")
    !ws.some((w) => w === 'union' || UNION_HEADS.includes(w)) &&
    !isDemonym(written);
  // (an organisation's word anywhere after it: "Keystone Gas & Light")
  const head = (w: string): boolean => ORG_HEADS.has(w) || PROPER_ORG_HEADS.has(w) || COMPANY_SUFFIXES.has(w);
  return coined && ws.slice(1).some(head) ? [first] : [];
}
