// "Mary Ng, Canada’s Minister of Small Business, Export Promotion and International Trade, said": a
// long office's own commas can leave only the office as the speaker phrase, which names no one by
// itself; the person named right before it, across one comma, holds it.
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';
import { itemAt } from '../text/item-at';

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
  const officeStart = office.start;
  if (!OFFICE.test(text.slice(office.start, office.end))) return null;
  // the last person mention starting before the office (mentions are in text order)
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (itemAt(people, mid).start < officeStart) lo = mid + 1;
    else hi = mid;
  }
  const pm = people[lo - 1];
  if (!pm || !BETWEEN.test(text.slice(pm.end, officeStart))) return null;
  return table.seenPerson(pm.name) ?? null;
}
