// "PENCE: Well, look, …": a transcript's upper-case label is the surname of someone the article named;
// read alone, the capitals would make it an acronym's organisation.
import type { EntityRecord, EntityTable } from './entity-table';

/** One word in capitals, longer than most acronyms ("PENCE", not "UN"). */
const SHOUTED_WORD = /^\p{Lu}{4,}$/u;

/** The person seen so far whose surname the upper-case word is, or undefined. */
export const upperCaseSurname = (table: EntityTable, word: string): EntityRecord | undefined =>
  SHOUTED_WORD.test(word) ? table.seenPerson(word) : undefined;
