// The role noun heading a description, by which the person may be named later ("The victim's mother, Ana
// Ruiz," is "the mother").
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { withoutTail } from './without-tail';

/** The role noun heading a description ("mother" of "the victim's mother"), if one does. */
export function descriptionHead(description: string | null): string[] {
  const head =
    withoutTail(description ?? '')
      .toLowerCase()
      .split(/\s+/)
      .at(-1) ?? '';
  return PERSON_ROLE_NOUNS.has(head) ? [head] : [];
}
