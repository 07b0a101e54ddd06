// Words after a cue, where the statement steps (src/core/statements/) tell what was said from how and where
// it was said: a channel's modifiers and broadcasters, the "that" after a verb, a relative clause's verbs,
// the reporter's add-ons after a source. Split from statement-words.ts.
import { VERBS_AFTER_RELATIVE } from './statement-words';
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

/** Words right after "that" that make it a relative ("said in the interview that aired …"), with any -ed. */
export const RELATIVE_CLAUSE_VERBS: ReadonlySet<string> = setOf(
  VERBS_AFTER_RELATIVE,
  `
    aired
    appeared
    ran
  `,
);

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
