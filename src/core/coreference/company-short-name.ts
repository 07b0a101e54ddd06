// The short name a company goes by once introduced: "Samsung Electronics Co." is then "Samsung", "Apple
// Inc." is "Apple". Only a name with a legal suffix is a company's for sure; "Toronto Police Service" is
// never "Toronto".
import { COMPANY_SUFFIXES, ORG_HEADS } from '../lexicon/org-heads';

/** The shorter names (lowercased) a company's full name stands for, longest first; none for other names. */
export function companyShortNames(name: string): string[] {
  const ws = name.toLowerCase().split(/\s+/);
  if (ws.length < 2 || !COMPANY_SUFFIXES.has(ws.at(-1) ?? '')) return [];
  const out: string[] = [];
  // past the suffix, trade words that are organisation heads too ("Electronics", "Motors")
  for (let end = ws.length - 1; end >= 1 && (end === ws.length - 1 || ORG_HEADS.has(ws[end] ?? '')); end--)
    out.push(ws.slice(0, end).join(' '));
  return out;
}
