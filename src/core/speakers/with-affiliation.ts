// The organisation after a person's "of" as their role ("Dan Ives of Wedbush Securities"): where someone
// works is their role when nothing else is, or when a title alone is ("Prof. Anita Rao of the University of
// Leeds": "Prof., University of Leeds").
import { TITLE_WORDS } from '../lexicon/titles';
import type { Classified } from './classify-speaker';
import { isOrgHead } from './head-linked';
import { isOrganizationName } from './organization-name';

/** "Prof., University of Leeds": a title alone with the organisation (by its head, not a place: "Gov. Earl
 * Ray Tomblin of West Virginia") after the name's "of"; null when the role says more or the place is none. */
export const titleAt = (role: string, org: string): string | null =>
  role.split(/\s+/).every((w) => TITLE_WORDS.has(w.replace(/\.$/, '').toLowerCase())) &&
  org.split(/\s+/).some(isOrgHead)
    ? `${role}, ${org}`
    : null;

export function withAffiliation(c: Classified, org: string): Classified {
  const title = c.role !== null && titleAt(c.role, org) !== null;
  if (c.type !== 'person' || (c.role !== null && !title) || !isOrganizationName(org)) return c;
  return { ...c, role: c.role === null ? org : `${c.role}, ${org}` };
}
