// "A woman who identified herself as the mother of the victim": an unnamed source's gender is its head
// noun's, read before any relative clause or prepositional tail.
import { RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { GENDERED_ROLE_NOUNS } from '../lexicon/gendered-role-nouns';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import type { Gender } from './entity-table';

export function headGender(name: string): Gender {
  for (const w of name.toLowerCase().split(/\s+/)) {
    if (RELATIVE_WHO.has(w) || w === 'that' || AFFILIATION_PREPOSITIONS.has(w)) break;
    const g = GENDERED_ROLE_NOUNS.get(w);
    if (g) return g;
  }
  return null;
}
