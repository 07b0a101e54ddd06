// A person whose gender only a rare given name gave ("Tiff Macklem"): a pronoun of the other gender may
// still be theirs when nobody named fits it.
import type { EntityRecord } from './entity-table';
import { firmGender } from './given-name-gender';
import type { Attribution, PronounClass, SeenMention } from './pronoun-antecedent';

/** How far a speaker whose gender only a rare given name gave carries over to a pronoun of the other. */
export const RARE_NAME_GOES_ON = 400;

/** A person whose gender only a rare given name gave: a pronoun of the other gender may still be theirs. */
export const rareName = (e: EntityRecord): boolean =>
  e.type === 'person' && !e.plural && e.name.includes(' ') && firmGender(e) === null;

/** "Governor Tiff Macklem would not commit …. “…,” he told a news conference": with nobody named who fits,
 * someone named since the previous statement, as a sentence's subject, whose gender only a rare given name
 * gave, before the previous speaker. */
export function rarelyGendered(
  seen: readonly SeenMention[],
  prev: Attribution | null,
  offset: number,
  pron: PronounClass,
): EntityRecord | null {
  if (pron !== 'm' && pron !== 'f') return null;
  const since = prev?.end ?? -1;
  const m = seen.findLast((x) => x.start > since && x.start < offset && !x.quoted && x.salient);
  return m && offset - m.start <= RARE_NAME_GOES_ON && rareName(m.entity) ? m.entity : null;
}
