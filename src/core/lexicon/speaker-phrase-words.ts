// Words the speaker-phrase scan (src/core/speakers/) tests single tokens against: what ends, opens or
// cannot be part of a phrase naming a speaker.
import { ARTICLES } from './function-words';
import { setOf } from './word-list';

/** Words that open a clause inside a description ("Ruiz, who has …, said", "the decision, on how much must …"). */
export const CLAUSE_INTRODUCERS: ReadonlySet<string> = setOf(`
  after
  although
  as
  because
  before
  how
  if
  since
  that
  though
  until
  what
  when
  where
  whether
  which
  while
  who
  whom
  whose
  why
`);

/** Degree words before an -ly adverb ("and most recently defended"): part of the adverb, never a subject. */
export const DEGREE_ADVERBS: ReadonlySet<string> = setOf(`
  least
  less
  more
  most
  so
  very
`);

/** "last week", "this month": a time adverbial, not part of a speaker phrase. */
export const RECENT_PERIOD_WORDS: ReadonlySet<string> = setOf(`
  last
  this
`);

/** Function words and common verbs that are never a role word before a name ("said chief engineer …"). */
export const ROLE_STOP_WORDS: ReadonlySet<string> = setOf(`
  a
  about
  after
  against
  an
  and
  are
  as
  at
  before
  but
  by
  down
  during
  for
  from
  gave
  had
  has
  have
  if
  in
  into
  is
  made
  not
  of
  off
  on
  or
  out
  over
  said
  since
  so
  than
  that
  the
  then
  this
  through
  to
  told
  took
  under
  up
  was
  were
  which
  who
  will
  with
  would
`);

/** Determiners that open a description rather than a name ("a spokesman", "some officials"). */
export const DESCRIPTION_DETERMINERS: ReadonlySet<string> = setOf(
  ARTICLES,
  `
    some
  `,
);

/** "Mr. May", "Dr Smith": short honorifics after which even a month is a surname. */
export const SHORT_HONORIFICS: ReadonlySet<string> = setOf(`
  dr
  miss
  mr
  mrs
  ms
`);

/** Honours and peerages before a name ("Sir Keir Starmer", "Lord Cameron"): a rank, never someone's role. */
export const HONOURS: ReadonlySet<string> = setOf(`
  dame
  lady
  lord
  sir
`);

/** Titles that say how someone is addressed, not what they do ("Professor Sir Stephen Powis"): a
 * description beside the name says more. */
export const COURTESY_TITLES: ReadonlySet<string> = setOf(
  SHORT_HONORIFICS,
  HONOURS,
  `
    advocate
    alhaja
    alhaji
    barr
    chief
    comrade
    datin
    dato
    datuk
    engr
    father
    hajiya
    hon
    madam
    mallam
    mazi
    prof
    professor
    rev
    reverend
    seri
    sheikh
    sheikha
    sister
`,
);

/** Openers of an indefinite, unnamed source ("a spokesman", "several officials", "two aides", "one diplomatic
 * staffer"). */
export const INDEFINITE_OPENERS: ReadonlySet<string> = setOf(`
  a
  an
  another
  few
  many
  one
  several
  some
  three
  two
`);

/** Counts that let "a" stand before a plural ("a few critics", "a dozen residents"). */
export const COUNTS_AFTER_A: ReadonlySet<string> = setOf(`
  couple
  dozen
  few
  hundred
  lot
  million
  thousand
`);

/** Quantifiers that speak for a group alone or with "of them" ("Most said", "one of them told me"). */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = setOf(`
  all
  both
  each
  few
  many
  most
  none
  one
  others
  several
  some
`);

/** "two-thirds say", "three-quarters said": a poll share as the subject. */
export const FRACTION_WORDS: ReadonlySet<string> = setOf(`
  one-quarter
  one-quarters
  one-third
  one-thirds
  three-quarter
  three-quarters
  three-third
  three-thirds
  two-quarter
  two-quarters
  two-third
  two-thirds
`);

/** Heads that count or gather the people their "of" names ("44 percent of Americans", "a group of UN
 * experts"): the whole phrase speaks, even when the people are named. */
export const QUANTITY_HEADS: ReadonlySet<string> = setOf(
  FRACTION_WORDS,
  `
    chorus
    coalition
    delegation
    group
    groups
    half
    handful
    majority
    minority
    number
    percent
    plurality
    share
    team
  `,
);

/** Generational suffixes after a surname ("Joseph R. Biden Jr.", "King III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = setOf(`
  ii
  iii
  iv
  jr
  sr
`);

/** Letters after a name, written in capitals: a silk's ("Ann Roe KC", "Femi Falana, SAN,") or an honour's
 * ("Tom Baker, OBE,"). */
export const POST_NOMINALS: ReadonlySet<string> = setOf(`
  cbe
  kc
  mbe
  obe
  oj
  qc
  san
  sc
`);

/** People known by who they stand with ("Allies of Tom Baker", "Aides to the mayor"): their words are theirs,
 * not the other's. Singular; a plural's "s" is taken off before the look-up. */
export const SUPPORTER_NOUNS: ReadonlySet<string> = setOf(`
  aide
  ally
  associate
  backer
  colleague
  confidant
  critic
  friend
  loyalist
  neighbor
  neighbour
  opponent
  relative
  rival
  supporter
`);

/** Words that tie a relation noun to the one it is about ("Friends of", "Democrats supporting"). */
export const SUPPORTER_LINKS: ReadonlySet<string> = setOf(`
  backing
  close
  of
  supporting
  to
`);

/** Endings of a noun for someone by what they do ("trucker", "commuter", "vendor", "florist", "technician"): after "a"
 * or "one" right after a cue, such a word heads the speaker even when no lexicon lists it. */
export const AGENT_NOUN_ENDINGS: readonly string[] = ['er', 'ian', 'ist', 'or'];
