// Whether an unnamed source is a "they": a plural ("officials", "people familiar with the matter") or a
// group of people that speaks as one ("the family", "the victim's family").
import { COLLECTIVE_NOUNS } from '../lexicon/group-nouns';

export const pluralSource = (name: string): boolean =>
  /s$/.test(name) || COLLECTIVE_NOUNS.has(name.toLowerCase().split(/\s+/).at(-1) ?? '');
