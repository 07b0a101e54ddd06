// "Prince Harry and Meghan Markle … The couple said": a pair's noun names the two people the article last
// named together.
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { DESCRIPTION_WINDOW } from './described-org';
import { itemAt } from '../text/item-at';

/** The latest group of people named together before `offset`, outside quotes; null if none is near. */
export function pairGroup(seen: readonly SeenMention[], offset: number): EntityRecord | null {
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (m.start >= offset) continue;
    if (offset - m.start > DESCRIPTION_WINDOW) break;
    if (m.entity.type === 'person' && m.entity.plural && !m.quoted) return m.entity;
  }
  return null;
}
