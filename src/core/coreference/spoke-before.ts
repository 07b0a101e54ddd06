// Unnamed sources a description goes back to: "A Microsoft spokesperson confirmed …. “…,” the spokesperson
// said", "A senior Israeli official said …. The Israeli official said".
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { spokeUnnamed } from './description-fits';
import { withoutPossessive } from '../text/possessive';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';

/** "A Microsoft spokesperson confirmed …. “…,” the spokesperson said": the unnamed source introduced so, if
 * it spoke; else the description names no one. */
const spokeBefore = (seen: readonly SeenMention[], at: number, head: string): EntityRecord | null =>
  seen.findLast((m) => m.start < at && spokeUnnamed(m.entity, head))?.entity ?? null;

/** The unnamed source that spoke before `at` with the description's head and words ("the Israeli official"
 * after "A senior Israeli official said"). */
export function unnamedSource(
  seen: readonly SeenMention[],
  at: number,
  words: readonly string[],
): EntityRecord | null {
  const e = spokeBefore(seen, at, withoutPossessive(words.at(-1) ?? ''));
  const own = new Set(e?.name.toLowerCase().split(/\s+/));
  return e && words.slice(1, -1).every((w) => own.has(w)) ? e : null;
}

/** "A Saudi source close to the government said …. “…,” the source said": a source's noun that is no role
 * names only the unnamed source that spoke with it. */
export const sourceNamed = (
  seen: readonly SeenMention[],
  at: number,
  words: readonly string[],
): EntityRecord | null =>
  UNNAMED_SOURCE_NOUNS.has(withoutPossessive(words.at(-1) ?? '')) ? unnamedSource(seen, at, words) : null;

/** Where the entity was last mentioned before `at`, or -1. */
export const lastMention = (seen: readonly SeenMention[], e: EntityRecord, at: number): number =>
  seen.findLast((m) => m.entity === e && m.start < at)?.start ?? -1;
