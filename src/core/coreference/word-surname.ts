// "Phillip May … “…,” May said", "Ai Jun … Jun wrote": a word that names nobody alone (a month, a verb)
// is the surname of someone the article named in full.
import type { EntityRecord, EntityTable } from './entity-table';

/** The person named in full whose surname the one capitalised word is, or null. */
export function wordSurnameBearer(word: string, table: EntityTable): EntityRecord | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const bearer = table.seenPerson(word);
  return bearer?.name.includes(' ') ? bearer : null;
}
