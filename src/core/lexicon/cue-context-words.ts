// Words next to a cue-verb form that tell a report from a noun ("the Paris attacks") or from a sense
// that reports nothing ("needless to say"; the objects of such senses, "wrote a book", are in cue-objects.ts).
// Lowercased; written for this project.
import {
  ARTICLES,
  DEMONSTRATIVES,
  MODALS,
  NUMBER_WORDS,
  OBJECT_PRONOUNS,
  POSSESSIVE_DETERMINERS,
} from './function-words';
import { setOf } from './word-list';

/** Quantifiers before which a cue's -s form is a plural noun ("a few hints", "several claims"). */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = setOf(`
  all
  both
  few
  fewer
  many
  more
  other
  several
  some
  such
  these
  those
`);

/** "declined to say", "went on to say": the subject of these reports through the infinitive. */
export const CONTROL_VERBS: ReadonlySet<string> = setOf(`
  appeared
  appears
  began
  begins
  continued
  continues
  declined
  declines
  declining
  failed
  failing
  hastened
  moved
  proceeded
  quick
  refused
  refuses
  refusing
  rushed
  seemed
  seems
  sought
  takes
  took
  tried
  tries
  used
  went
`);

/** Words after which a noun-like cue form ("attacks", "call") is the noun: prepositions and determiners. */
export const NOUN_OPENERS: ReadonlySet<string> = setOf(
  DEMONSTRATIVES,
  `
    about
    after
    against
    amid
    any
    big
    by
    despite
    each
    every
    first
    for
    from
    in
    into
    last
    latest
    new
    no
    of
    on
    other
    over
    same
    with
  `,
);

/** Words that put a verb next: auxiliaries, "to", conjunctions, relatives, negation ("did not mention"). */
export const VERB_OPENERS: ReadonlySet<string> = setOf(
  MODALS,
  `
    also
    and
    but
    did
    do
    does
    even
    just
    never
    nor
    not
    often
    only
    or
    still
    that
    then
    to
    which
    who
  `,
);

/** Words that open an object, so the form before them is a verb ("the campaign calls this a …"). */
export const OBJECT_STARTS: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  OBJECT_PRONOUNS,
  `
    her
    his
    it
    its
    my
    our
    their
  `,
);

/** Words before "to say" that make it an idiom ("fair to say", "needless to say"), not a report. */
export const SAY_IDIOM_WORDS: ReadonlySet<string> = setOf(`
  difficult
  early
  easy
  fair
  hard
  impossible
  is
  it
  needless
  safe
  suffice
  was
`);

/** Words before a verb form that make it not a report ("was said to", "declined to say", "the tell"). */
export const CUE_BLOCKERS: ReadonlySet<string> = setOf(
  ARTICLES,
  POSSESSIVE_DETERMINERS,
  `
    be
    been
    being
    to
  `,
);

/** Counts after "added" that make it arithmetic, not speech ("added three more goals", "added another job"). */
export const COUNT_WORDS: ReadonlySet<string> = setOf(
  NUMBER_WORDS,
  `
  another
`,
);

/** Fractions before a unit that make it a measure, a noun ("a quarter point to 1.25 percent", "a basis
 * point"). */
export const MEASURE_WORDS: ReadonlySet<string> = setOf(`
  basis
  half
  percentage
  quarter
`);

/** Words before "states" that make it the plural noun ("Western states that …", "the dozen states that …"). */
export const STATE_NOUN_BEFORE: ReadonlySet<string> = setOf(`
  across
  all
  battleground
  belt
  blue
  border
  both
  coastal
  dozen
  early
  eastern
  eight
  five
  four
  from
  in
  key
  many
  member
  midwestern
  most
  nine
  northeastern
  northern
  northwestern
  of
  other
  primary
  purple
  red
  remaining
  seven
  several
  six
  some
  southeastern
  southern
  southwestern
  swing
  ten
  these
  those
  three
  to
  two
  western
`);

/** What a say-like cue may report in one word ("half said so", "Democrats said yes", "he said no"). */
export const ONE_WORD_ANSWERS: ReadonlySet<string> = setOf(`
  no
  otherwise
  so
  yes
`);

/** Report verbs right after what an outlet cites ("Interfax, citing a source, reported that …"). */
export const REPORTS_AFTER_CITING: ReadonlySet<string> = setOf(`
  added
  reported
  reports
  said
  says
  wrote
`);

/** Bodies that hear evidence in British and Commonwealth court reporting: "…, the court heard", "Jurors were
 * told that …", "an inquest has heard": what was heard is the statement, the body its (unnamed) source. */
export const HEARING_BODIES: ReadonlySet<string> = setOf(`
  court
  hearing
  inquest
  jurors
  jury
  tribunal
`);
