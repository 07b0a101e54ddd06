// "Prince Harry and Meghan Markle … The couple said": a pair's noun names the two people the article last
// named together.
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { DESCRIPTION_WINDOW } from './described-org';
import { itemAt } from '../text/item-at';
import { PAIR_PRONOUNS } from '../lexicon/coreference-words';
import type { Span } from '../types';

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

/** "Both said": the two people just named, for a word that stands for a pair (not "both of Trump's rivals",
 * whose phrase goes on); else null. */
export function pairNamed(text: string, p: Span, seen: readonly SeenMention[]): EntityRecord | null {
  const word = text.slice(p.start, p.end).toLowerCase();
  const own = !/^\s+of\s/u.test(text.slice(p.end, p.end + 4));
  return PAIR_PRONOUNS.has(word) && own ? pairGroup(seen, p.start) : null;
}
