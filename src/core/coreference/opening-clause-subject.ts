// "When Meghan joined the family, she said …": a "he" or "she" right after an opening subordinate clause
// is read as that clause's subject when the clause opens with someone the article has already named, as
// readers take it; the newest name before the pronoun (someone named a paragraph earlier) would be a guess.
import type { EntityRecord, EntityTable } from './entity-table';

/** Sentence start, subordinator, a name of one to three capitalised words, the clause, its comma. */
const OPENING_CLAUSE =
  /(?:^|[.!?]["”’]?\s+|\n)(?:When|After|As|While|Before|Although|Though|Once|Since|Because|Until)\s+((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+\p{Ll}[^.!?\n,“”"]{0,120},\s*$/u;
/** The longest opening clause looked at, in characters. */
const LOOK_BACK = 200;

export function openingClauseSubject(
  text: string,
  at: number,
  table: EntityTable,
  gender: 'm' | 'f',
): EntityRecord | null {
  const from = Math.max(0, at - LOOK_BACK);
  // A slice that starts mid-sentence must not pass for a sentence start.
  const before = (from === 0 ? '' : ' ') + text.slice(from, at);
  const name = OPENING_CLAUSE.exec(before)?.[1];
  if (name === undefined) return null;
  const e = table.seenPerson(name);
  return e?.type === 'person' && (e.gender ?? gender) === gender ? e : null;
}
