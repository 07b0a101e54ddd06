// Words the statement steps (src/core/statements/) test around a cue and its subject: linking verbs, objects,
// demonyms, affiliations. The words after a cue, before and around what was said, are in after-cue-words.ts.
import { ARTICLES, DEMONSTRATIVES, OBJECT_PRONOUNS } from './function-words';
import { setOf } from './word-list';

/** -ed words that are not past tenses. */
export const ED_NON_VERBS: ReadonlySet<string> = setOf(`
  bed
  feed
  hundred
  naked
  need
  red
  related
  sacred
  seed
  shed
  speed
  united
  wicked
`);

/** "it", "they" as the subject of a participle cue ("…, it said, adding"). */
export const IMPERSONAL_SUBJECTS: ReadonlySet<string> = setOf(`
  it
  they
`);

/** Be-verbs before which an -ed word after "and" is a second participle ("was arrested and charged"). */
export const LINKING_VERBS: ReadonlySet<string> = setOf(`
  are
  be
  became
  become
  been
  being
  feel
  felt
  get
  gets
  got
  is
  seem
  seemed
  was
  were
`);

/** Words after an -ed form that show it takes an object or complement, as a verb does ("suspected an"). */
export const OBJECT_NEXT: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  OBJECT_PRONOUNS,
  `
    about
    against
    all
    any
    back
    down
    every
    for
    her
    his
    into
    it
    its
    my
    no
    off
    on
    our
    out
    over
    some
    that
    their
    to
    up
    with
  `,
);

/** Words a title leaves lowercase ("The Art of the Deal"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = setOf(`
  a
  an
  and
  as
  at
  but
  by
  for
  in
  of
  on
  or
  the
  to
  with
`);

/** Prepositions that name a report's topic ("allegations of …", "claims about …"). */
export const TOPIC_PREPS: ReadonlySet<string> = setOf(`
  about
  against
  for
  of
  on
  over
`);

/** Auxiliaries after "that" that make it a relative clause ("claims that were …"). */
export const VERBS_AFTER_RELATIVE: ReadonlySet<string> = setOf(`
  are
  can
  could
  had
  has
  have
  is
  was
  were
  will
  would
`);

/** Words after a past verb that show it is a verb, not an adjective before its noun ("a hearing that lasted
 * more than three hours", "claims that surfaced last week"). */
export const AFTER_PAST_VERB: ReadonlySet<string> = setOf(`
  about
  almost
  last
  less
  more
  nearly
  only
  until
`);

/** Nationality and group adjectives without a demonym ending ("Chinese comments" are no speaker). */
export const DEMONYM_WORDS: ReadonlySet<string> = setOf(`
  afghan
  african
  american
  arab
  arabic
  catholic
  chinese
  christian
  cuban
  democratic
  dutch
  eastern
  european
  federal
  french
  german
  greek
  hispanic
  international
  iraqi
  islamic
  israeli
  japanese
  jewish
  korean
  latino
  mexican
  muslim
  national
  northern
  pakistani
  republican
  saudi
  southern
  swiss
  thai
  united
  western
`);

/** Prepositions that tie a name to the person before it ("Tim Guest with the health authority", "a
 * spokeswoman for the premier", "an analyst at the bank", "a statement from the union", "Mr. Morgan of the
 * Sierra Club"). */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = setOf(`
  at
  for
  from
  of
  with
`);

/** Prepositions that open the tail after a phrase's head: affiliations, "to" ("aides to Ruiz") and
 * "behind" ("the group behind the project"). */
export const PHRASE_TAIL_PREPOSITIONS: ReadonlySet<string> = setOf(
  AFFILIATION_PREPOSITIONS,
  `
  behind
  to
`,
);

/** Heads that stand for the name after their "of", which then speaks: "the government of Costa Rica",
 * "the city of Nice", "the management of RT". */
export const OF_OWNER_HEADS: ReadonlySet<string> = setOf(`
  administration
  city
  government
  leadership
  management
  people
  province
  state
  town
`);
