// Whether an unnamed source is a "they": a plural ("officials", "people familiar with the matter") or a
// group of people that speaks as one ("the family", "the victim's family").
import { COLLECTIVE_NOUNS } from '../lexicon/group-nouns';
import { withoutTail } from './without-tail';

export function pluralSource(name: string): boolean {
  const head = withoutTail(name); // ("supporters of Hillary Clinton")
  return /s$/.test(head) || COLLECTIVE_NOUNS.has(head.toLowerCase().split(/\s+/).at(-1) ?? '');
}
