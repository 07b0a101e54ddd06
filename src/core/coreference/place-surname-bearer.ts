// "Nova Scotia Premier Tim Houston … Houston told reporters": a place alone, which classifies as its
// government, is the surname of someone the article named in full, and speaks as them; so is an outlet's
// name ("Evan Spiegel, chief executive of Snap, … Spiegel said").
import { FIRST_NAMES } from '../lexicon/first-names';
import { PLACES } from '../lexicon/places';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import type { EntityRecord, EntityTable } from './entity-table';

/** The organisation `name` classifies as, unless its words as written are a place that is the surname of
 * someone named in full. */
export function organizationOrBearer(
  table: EntityTable,
  name: string,
  written: string,
  offset: number,
): EntityRecord {
  return placeSurnameBearer(table, written) ?? table.organization(name, offset);
}

function placeSurnameBearer(table: EntityTable, word: string): EntityRecord | undefined {
  if (!PLACES.has(word.toLowerCase()) && !OUTLETS_BY_NAME.has(word)) return undefined;
  const bearer = table.seenPerson(word);
  // (a given name first, or a title or role given them: "Say Mexico demanded …" made no one called Mexico;
  // "Superintendent Osvaldo Lagos" is someone)
  const given = bearer?.name.split(' ')[0]?.toLowerCase() ?? '';
  return bearer?.name.includes(' ') && (FIRST_NAMES.has(given) || bearer.role !== null) ? bearer : undefined;
}
