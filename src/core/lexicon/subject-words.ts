// The function words that open, join or cannot head a speaker subject before its cue, and that end a
// description; what may sit between a subject and its cue is subject-cue-gap.ts. Lowercased.
import { ARTICLES, DEMONSTRATIVES, SUBJECT_PRONOUNS } from './function-words';
import { setOf } from './word-list';

/** Words that cannot head a described subject ("it", "which", "some"). */
export const NON_HEAD_WORDS: ReadonlySet<string> = setOf(
  DEMONSTRATIVES,
  `
    all
    and
    at
    both
    by
    few
    for
    from
    in
    it
    most
    of
    on
    one
    or
    some
    that
    there
    to
    what
    which
    who
    with
  `,
);

/** Words that open a described subject ("the oil industry", "some analysts"). */
export const DETERMINERS: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  `
    another
    both
    her
    his
    its
    many
    most
    one
    our
    several
    some
    that
    their
  `,
);

/** Words a subject's clause may start after ("… and lawmakers say"). */
export const CLAUSE_JOINS: ReadonlySet<string> = setOf(`
  although
  and
  as
  because
  but
  if
  so
  that
  though
  when
  while
`);

/** Prepositions: no subject starts right after one ("reporting from multiple outlets"). */
export const PREPOSITIONS: ReadonlySet<string> = setOf(`
  about
  after
  along
  alongside
  at
  before
  by
  for
  from
  in
  into
  of
  on
  over
  to
  under
  with
`);

/** Words that end a description: a new clause or an adverbial, not a role ("…, and then Smith said"). */
export const NON_DESCRIPTOR_WORDS: ReadonlySet<string> = setOf(
  DEMONSTRATIVES,
  SUBJECT_PRONOUNS,
  PREPOSITIONS,
  CLAUSE_JOINS,
  `
    also
    even
    here
    how
    however
    instead
    it
    just
    like
    meanwhile
    nor
    not
    now
    once
    only
    or
    since
    still
    than
    then
    there
    what
    where
    whether
    which
    who
    whom
    whose
    why
    yet
    you
  `,
);

/** Words and marks after which a subject opens its clause ("…,” Smith, a …, said", "and when Smith …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = setOf(`
  "
  ''
  (
  )
  ,
  :
  ]
  after
  although
  and
  as
  because
  before
  but
  even
  if
  since
  so
  that
  though
  when
  while
  yet
  »
  –
  —
  ’
  “
  ”
`);

/** Singular nouns for a group that speak like plurals with no determiner ("city staff said", "state media
 * reported"). */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = setOf(`
  crew
  faculty
  leadership
  management
  media
  personnel
  staff
`);

/** Words that may open a description before the name of whose member someone is ("former Conservative
 * infrastructure critic Michael Chong", "longtime NDP MP …"). */
export const NAME_PREMODIFIERS: ReadonlySet<string> = setOf(`
  acting
  fellow
  former
  incoming
  interim
  long-time
  longtime
  one-time
  onetime
  outgoing
  retired
  then
  veteran
`);
