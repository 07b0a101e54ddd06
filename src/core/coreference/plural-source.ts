// Whether an unnamed source is a "they": a plural ("officials", "people familiar with the matter") or a
// group of people that speaks as one ("the family", "the victim's family").
import { COLLECTIVE_NOUNS, PLURALS_WITHOUT_S } from '../lexicon/group-nouns';
import { withoutTail } from './without-tail';

export function pluralSource(name: string): boolean {
  const head = withoutTail(name); // ("supporters of Hillary Clinton")
  const words = head.toLowerCase().split(/\s+/);
  // ("people familiar with the talks": the tail's adjective stays after the head)
  return (
    /s$/.test(head) || COLLECTIVE_NOUNS.has(words.at(-1) ?? '') || words.some((w) => PLURALS_WITHOUT_S.has(w))
  );
}
