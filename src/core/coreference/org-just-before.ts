// "The company said" after a sentence that names one organisation anywhere in it, not only as its subject (split
// from described-org.ts).
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { sentenceBreaks } from '../text/sentence-breaks';

/** "The Kota Harmoni is operated by Pacific International Lines. The company said": the one organisation named
 * anywhere in the sentence just before (within `reach` characters), when it is of the description's kind. */
export function onlyOfKindBefore(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  reach: number,
  ofKind: (e: EntityRecord) => boolean,
): EntityRecord | null {
  const start = Math.max(0, offset - reach);
  const ends = sentenceBreaks(text, start, offset);
  // (the sentence before may open the text)
  const from = ends.at(-2) ?? (start === 0 ? -1 : NaN);
  const to = ends.at(-1) ?? NaN;
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  const named = new Set(
    seen
      .filter((m) => m.start > from && m.start < to && m.entity.type === 'organization')
      .map((m) => m.entity),
  );
  const [only] = named;
  return named.size === 1 && only && ofKind(only) ? only : null;
}

/** "… sold by Melbourne-based Corrigan Biosciences … [a regulator, "Migraine Australia, a patient organisation"
 * speak] … the company said": the one organisation of the description's kind named in the last `reach`
 * characters, however far back, when every other one named there is plainly of another kind (an unmarked
 * "Valeant" may be the company too). */
export function onlyOneOfKind(
  seen: readonly SeenMention[],
  offset: number,
  reach: number,
  ofKind: (e: EntityRecord) => boolean,
  otherKind: (e: EntityRecord) => boolean,
): EntityRecord | null {
  // (each organisation once, however often it was named: otherKind reads all of its mentions)
  const near = new Set(
    seen
      .filter((m) => m.start < offset && offset - m.start <= reach && m.entity.type === 'organization')
      .map((m) => m.entity),
  );
  const named = [...near].filter(ofKind);
  const [only] = named;
  const others = [...near].some((e) => e !== only && !otherKind(e));
  return named.length === 1 && only && !others ? only : null;
}
