// One person or organisation an article names, as the entity table keeps it while the article is resolved.
import type { SpeakerType } from '../types';

export type Gender = 'm' | 'f' | null;

export interface EntityRecord {
  readonly key: number;
  /** The fullest name seen so far. */
  name: string;
  /** A lone word first taken for a surname may turn out an organisation ("TransitLink … the agency"). */
  type: SpeakerType;
  role: string | null;
  /** Shown as the role where no title gives one: the first description in apposition (described-role.ts)
   * with whose "his" opens it (description-owner.ts), else where they work (affiliation-after.ts). */
  description?: string;
  descriptionOwner?: EntityRecord;
  /** Whose a title opening on a kind of body is ("Union president" after the union was named). */
  roleOwner?: EntityRecord;
  affiliation?: string;
  gender: Gender;
  readonly plural: boolean;
  /** Lowercase role nouns the article uses for this entity ("mayor", "professor"), for "the mayor said". */
  readonly roleWords: Set<string>;
  /** Role nouns their titles written short stand for ("Sgt." is "sergeant"): surer than the subject just
   * before only when that subject holds some other role (described-entity.ts). */
  titleNouns?: Set<string>;
  /** Offset of the latest mention registered (mentions are registered in text order). */
  last: number;
  /** Statements attributed so far. */
  statements: number;
  /** Where the article first names them in full, and whether as their sentence's subject there. */
  firstAt?: number;
  firstAsSubject?: boolean;
  /** Where the surname alone first named them, while no one else who bears it was introduced: of two who
   * share it, it stays theirs (surname-bearer.ts). */
  bareSurnameAt?: number;
}

/** The record mentioned last. */
export const latest = (es: readonly EntityRecord[]): EntityRecord | undefined =>
  es.reduce<EntityRecord | undefined>((a, b) => (!a || b.last > a.last ? b : a), undefined);
