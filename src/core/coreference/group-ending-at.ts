// People named together right before a cue speak together ("Johnson and Corbyn attacked …").
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { itemAt } from '../text/item-at';

/** "Johnson and Corbyn attacked each other's policies": people named together right before the cue speak
 * together; the group's mention is registered at its last member's name. */
export function groupEndingAt(
  text: string,
  seen: readonly SeenMention[],
  start: number,
): EntityRecord | null {
  // "… should deport Haley, and Trump later called": after a comma the "and" joins clauses
  if (!/[^,\s]\s+(?:and|&)\s+$/.test(text.slice(Math.max(0, start - 8), start))) return null;
  for (let i = seen.length - 1; i >= 0 && itemAt(seen, i).start >= start; i--) {
    const m = itemAt(seen, i);
    if (m.start === start && m.entity.type === 'person' && m.entity.plural) return m.entity;
  }
  return null;
}
