// Whom a speaker pronoun can stand for (split from pronoun-antecedent.ts): "she" a woman or a full name of no
// known gender, "they" a group or an organisation, "it" an organisation.
import type { EntityRecord } from './entity-table';
import type { PronounClass } from './pronoun-antecedent';

export function fits(e: EntityRecord, pron: PronounClass): boolean {
  if (pron === 'thing') return e.type === 'organization';
  if (pron === 'plural') return e.plural || e.type === 'organization';
  if (pron === 'person') return e.type === 'person' && !e.plural;
  return (
    e.type === 'person' &&
    !e.plural &&
    // (a full name, or a title and a surname, of no known gender: "Justice Jackson")
    (e.gender === pron || (e.gender === null && (e.name.includes(' ') || e.role !== null)))
  );
}
