// The organisation after a person's "of" as their role ("Dan Ives of Wedbush Securities"): where someone
// works is their role when nothing else is, or when a title alone is ("Prof. Anita Rao of the University of
// Leeds": "Prof., University of Leeds").
import { TITLE_WORDS } from '../lexicon/titles';
import type { Classified } from './classify-speaker';
import { isOrgHead } from './head-linked';
import { isOrganizationName } from './organization-name';

export function withAffiliation(c: Classified, org: string): Classified {
  // (an organisation by its head after a title, not a place: "Gov. Earl Ray Tomblin of West Virginia")
  const title =
    c.role !== null &&
    c.role.split(/\s+/).every((w) => TITLE_WORDS.has(w.replace(/\.$/, '').toLowerCase())) &&
    org.split(/\s+/).some(isOrgHead);
  if (c.type !== 'person' || (c.role !== null && !title) || !isOrganizationName(org)) return c;
  return { ...c, role: c.role === null ? org : `${c.role}, ${org}` };
}
