// The short name a company goes by once introduced: "Samsung Electronics Co." is then "Samsung", "Apple
// Inc." is "Apple", "Southwest Airlines" is "Southwest", "Sage Therapeutics" is "Sage". Only a name with a
// legal suffix or a company's trade head is a company's for sure; "Toronto Police Service" is never "Toronto".
import { COMPANY_SUFFIXES, COMPANY_TRADE_HEADS, ORG_HEADS } from '../lexicon/org-heads';

/** The shorter names (lowercased) a company's full name stands for, longest first; none for other names. */
export function companyShortNames(name: string): string[] {
  const ws = name.toLowerCase().split(/\s+/);
  // ("Southwest Airlines" is then "Southwest": a company's trade head says it is one as a suffix does)
  const last = ws.at(-1) ?? '';
  if (ws.length < 2 || !(COMPANY_SUFFIXES.has(last) || COMPANY_TRADE_HEADS.has(last))) return [];
  const out: string[] = [];
  // past the suffix, trade words that are organisation heads too ("Electronics", "Motors")
  for (let end = ws.length - 1; end >= 1 && (end === ws.length - 1 || ORG_HEADS.has(ws[end] ?? '')); end--)
    out.push(ws.slice(0, end).join(' '));
  return out;
}
