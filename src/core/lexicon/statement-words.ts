// Words the statement steps (src/core/statements/) test around a cue and its subject: adjuncts,
// broadcasters, linking verbs, objects, demonyms, affiliations.
import { ARTICLES, DEMONSTRATIVES, OBJECT_PRONOUNS } from './function-words';
import { setOf } from './word-list';

/** "state television", "Iranian media": who runs a broadcaster. */
export const BROADCASTER_MODIFIERS: ReadonlySet<string> = setOf(`
  chinese
  french
  german
  iranian
  israeli
  local
  national
  public
  russian
  state
  turkish
`);

/** Broadcasters named by a modifier ("state television told …"). */
export const BROADCASTER_NOUNS: ReadonlySet<string> = setOf(`
  broadcaster
  media
  radio
  television
  tv
`);

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

/** Verbs after which "that" is the subject pronoun ("says that is not …"). */
export const PRONOUN_THAT_NEXT: ReadonlySet<string> = setOf(`
  can
  could
  has
  hasn't
  hasn’t
  is
  isn't
  isn’t
  may
  might
  must
  should
  was
  wasn't
  wasn’t
  will
  would
`);

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

/** Words right after "that" that make it a relative ("said in the interview that aired …"), with any -ed. */
export const RELATIVE_CLAUSE_VERBS: ReadonlySet<string> = setOf(
  VERBS_AFTER_RELATIVE,
  `
    aired
    appeared
    ran
  `,
);

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

/** Words before a cue's adjunct that keep it an adjunct ("in a televised interview", "on national radio"). */
export const ADJUNCT_MODIFIERS: ReadonlySet<string> = setOf(`
  a
  an
  brief
  campaign
  daily
  emailed
  her
  his
  its
  joint
  lengthy
  local
  national
  news
  phone
  press
  radio
  recent
  short
  telephone
  televised
  the
  their
  tv
  weekly
  with
  written
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

/** Prepositions that open the tail after a phrase's head: affiliations and "to" ("aides to Ruiz"). */
export const PHRASE_TAIL_PREPOSITIONS: ReadonlySet<string> = setOf(
  AFFILIATION_PREPOSITIONS,
  `
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
  office
  people
  province
  state
  town
`);

/** Words that open the reporter's own add-on after "…, according to X," ("still above the target", "well
 * above", "compared with 3% a year earlier", "known as INE", "with the largest providers …"): no more of
 * what the source said. */
export const REPORTER_TAIL_OPENERS: ReadonlySet<string> = setOf(`
  above
  against
  although
  as
  below
  compared
  despite
  down
  far
  including
  known
  slightly
  still
  though
  up
  well
  while
  with
`);
