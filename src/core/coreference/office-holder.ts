// "Mary Ng, Canada’s Minister of Small Business, Export Promotion and International Trade, said": a
// long office's own commas can leave only the office as the speaker phrase, which names no one by
// itself; the person named right before it, across one comma, holds it.
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';
import { firstStarting } from '../text/first-starting';

/** What may stand between the holder's name and the office: a comma and "the". */
const BETWEEN = /^,\s*(?:the\s+)?$/i;
/** An office is written in capitals ("Minister of Innovation"); "43 said", "many said" are no office. */
const OFFICE = /^(?:the\s+)?\p{Lu}\p{Ll}/u;

export function officeHolder(
  text: string,
  office: { readonly start: number; readonly end: number },
  people: readonly PersonMention[],
  table: EntityTable,
): EntityRecord | null {
  if (!OFFICE.test(text.slice(office.start, office.end))) return null;
  const pm = people[firstStarting(people, office.start) - 1]; // the last one before the office
  if (!pm || !BETWEEN.test(text.slice(pm.end, office.start))) return null;
  return table.seenPerson(pm.name) ?? null;
}
