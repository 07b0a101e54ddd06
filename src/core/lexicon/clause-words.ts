// Words that open a clause: a side clause or aside where what was said usually ends ("…, but …",
// "…, which …"), -ing words after a comma that open none, and the openers of a question put to someone.
// Lowercased.
import { MODALS } from './function-words';
import { setOf } from './word-list';

/** Words after a comma that open a side clause, where what was said usually ends. */
export const SIDE_CLAUSE_OPENERS: ReadonlySet<string> = setOf(`
  a
  after
  although
  an
  but
  compared
  though
  whereas
  which
  while
  who
`);

/** -ing words after a comma that do not start a side clause. */
export const NON_PARTICIPLE_ING_WORDS: ReadonlySet<string> = setOf(`
  according
  anything
  concerning
  during
  evening
  everything
  following
  including
  morning
  nothing
  notwithstanding
  regarding
  something
`);

/** Words that open the question put to someone after "asked" ("asked whether …", "asked about …"). */
export const QUESTION_OPENERS: ReadonlySet<string> = setOf(`
  about
  how
  if
  to
  what
  when
  where
  whether
  which
  who
  whom
  why
`);

/** Finite auxiliaries and copulas: one soon after a cue makes what follows a clause ("the plan was sound"). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = setOf(
  MODALS,
  `
    are
    aren't
    can't
    couldn't
    did
    didn't
    do
    does
    doesn't
    don't
    had
    hadn't
    has
    hasn't
    have
    haven't
    is
    isn't
    shouldn't
    was
    wasn't
    were
    weren't
    won't
    wouldn't
  `,
);

/** Present-tense auxiliaries: after a past cue, "but hasn’t decided" goes on with what was said, not with the
 * speaker's own (past) predicate ("said she recruited him, but hasn’t decided what she’ll do next"). */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = setOf(`
  are
  aren't
  can
  can't
  does
  doesn't
  has
  hasn't
  have
  haven't
  is
  isn't
  will
  won't
`);

/** Words that open a subordinate clause before the main one ("Though she said …, she …"). "As" is left out:
 * "As Ruiz said, …" joins the cue to what follows. */
export const SUBORDINATORS: ReadonlySet<string> = setOf(`
  after
  although
  because
  before
  if
  lest
  once
  since
  though
  unless
  when
  whenever
  whereas
  while
`);

/** Finite verbs that agree only with a singular subject ("Okafor has", not "the Leafs have"). */
export const SINGULAR_VERBS: ReadonlySet<string> = setOf(`
  doesn't
  has
  hasn't
  is
  isn't
  was
  wasn't
`);

/** Prepositions that open an adverbial before a sentence's subject and never a speaker's name ("Outside the
 * campaign, an increasing number of Democrats are warning …"). */
export const OPENING_PREPOSITIONS: ReadonlySet<string> = setOf(`
  against
  alongside
  amid
  amidst
  among
  beside
  besides
  beyond
  despite
  inside
  outside
  throughout
  toward
  towards
  unlike
  upon
  within
`);

/** Prepositions after which a description in apposition names the person that follows it ("confirmed by her
 * son, Paulo Santos,", "Speaking alongside Egypt's foreign minister, Sameh Shoukry,"). */
export const DESCRIPTION_PREPOSITIONS: ReadonlySet<string> = setOf(
  OPENING_PREPOSITIONS,
  `
  by
`,
);

/** Prepositions before a place that say where a source is ("the polling average in New Hampshire"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = setOf(`
  across
  around
  at
  from
  in
  inside
  near
  outside
`);

/** Prepositions that say where people are, not whose they are ("nurses at St Thomas'", "neighbours on
 * Harehills Lane"; "aides to Clinton", "a spokeswoman for YouTube" are someone's). */
export const WHERE_PREPOSITIONS: ReadonlySet<string> = setOf(`
  across
  along
  around
  at
  in
  inside
  near
  on
  outside
`);

/** Auxiliaries only a plural subject takes ("Arsenal have signed", "Leeds are top"). */
export const PLURAL_AUXILIARIES: ReadonlySet<string> = setOf(`
  are
  aren't
  have
  haven't
  were
  weren't
`);
