// A speaker's description read from a name mention that starts after the speaker's phrase.
import type { EntityTable } from './entity-table';
import type { PersonMention } from './find-people';

/** The descriptions of names read only after their speaker ("says Dr. Peter Juni, the former head of …":
 * the name's mention starts after the honorific, where the speaker was read). */
export function describeLate(table: EntityTable, people: readonly PersonMention[]): void {
  for (const pm of people) {
    const e = pm.description ? table.knownPerson(pm.name) : undefined;
    if (e) e.description ??= pm.description ?? undefined;
  }
}
