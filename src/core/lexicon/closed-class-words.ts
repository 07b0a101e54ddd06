// Closed-class words (conjunctions, determiners, auxiliaries, pronouns) and other short lists the rules
// test single tokens against. Lowercased; sorted; written for this project.
import { ARTICLES, DEMONSTRATIVES, OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from './function-words';
import { setOf, wordList } from './word-list';

/** "and", "but" before a second finite verb. */
export const AND_BUT: ReadonlySet<string> = setOf(`
  and
  but
`);

/** "and", "or" joining two that-clauses. */
export const AND_OR: ReadonlySet<string> = setOf(`
  and
  or
`);

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

/** Coordinators that make what follows a cue a new clause, not what was said. */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = setOf(`
  and
  but
  nor
  or
`);

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

/** "…, while X says …": a contrast that turns to a second source. */
export const CONTRAST_CONJUNCTIONS: ReadonlySet<string> = setOf(`
  but
  whereas
  while
`);

/** Coordinators that may open a clause before a cue ("and as X noted"). */
export const COORDINATORS: ReadonlySet<string> = setOf(`
  and
  but
  so
  yet
`);

/** "for years", "for decades": a duration, not part of a speaker phrase. */
export const DURATION_UNITS: ReadonlySet<string> = setOf(`
  decades
  months
  weeks
  years
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

/** "a", "an". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = setOf(`
  a
  an
`);

/** "is a", "was the": a copula before a role description. */
export const IS_WAS: ReadonlySet<string> = setOf(`
  is
  was
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

/** Words that open a main clause's subject after a subordinate one. */
export const MAIN_SUBJECT_WORDS: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  SUBJECT_PRONOUNS,
  `
    her
    his
    it
    its
    that
    their
    there
    you
  `,
);

/** Joiners left out of an organisation's initials ("Bank of Canada" → "bc"). */
export const NAME_JOINERS: ReadonlySet<string> = setOf(`
  and
  de
  du
  for
  la
  le
  of
  the
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

/** "last week", "this month": a time adverbial, not part of a speaker phrase. */
export const RECENT_PERIOD_WORDS: ReadonlySet<string> = setOf(`
  last
  this
`);

/** "who" and "which" opening a relative clause. */
export const RELATIVE_WHO: ReadonlySet<string> = setOf(`
  which
  who
`);

/** Words that end a role description before a name ("director of …", "who said"). */
export const ROLE_PHRASE_ENDS: ReadonlySet<string> = setOf(`
  at
  for
  in
  of
  said
  says
  who
  with
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

/** Linkers that may open a sentence before "according to" ("But according to …"). */
export const SENTENCE_LINKERS: ReadonlySet<string> = setOf(`
  and
  but
  so
  still
  yet
`);

/** Words a title leaves lowercase ("The Art of the Deal"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = setOf(`
  a
  an
  and
  at
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
/** Determiners that open a description rather than a name ("a spokesman", "some officials"). */
export const DESCRIPTION_DETERMINERS: ReadonlySet<string> = setOf(
  ARTICLES,
  `
    some
  `,
);

/** "his statement", "their report": a pronoun owner of a document. */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = setOf(`
  her
  his
  its
  their
`);

/** "Mr. May", "Dr Smith": short honorifics after which even a month is a surname. */
export const SHORT_HONORIFICS: ReadonlySet<string> = setOf(`
  dr
  miss
  mr
  mrs
  ms
`);

/** Abbreviated honorifics and titles that make a name a person's ("Sen. Sanders"). */
export const ABBREVIATED_HONORIFICS: ReadonlySet<string> = setOf(`
  dr
  gov
  miss
  mr
  mrs
  ms
  prof
  rep
  sen
`);

/** Honorifics that give a man's name. */
export const MALE_HONORIFICS: ReadonlySet<string> = setOf(`
  mr
  sir
`);

/** Honorifics that give a woman's name. */
export const FEMALE_HONORIFICS: ReadonlySet<string> = setOf(`
  miss
  mrs
  ms
`);

/** Openers of an indefinite, unnamed source ("a spokesman", "several officials", "two aides"). */
export const INDEFINITE_OPENERS: ReadonlySet<string> = setOf(`
  a
  an
  many
  one
  several
  some
  three
  two
`);

/** Openers of an indefinite description introduced before its name ("a provincial court judge"). */
export const INDEFINITE_ONE: ReadonlySet<string> = setOf(`
  a
  an
  one
`);

/** Words a credit phrase may open with that are not part of the outlet ("and the Associated Press"). */
export const CREDIT_STOP_WORDS: readonly string[] = wordList(`
  and
  from
  of
  or
  the
  to
  with
`);

/** Words right after "that" that make it a relative ("said in the interview that aired …"), with any -ed. */
export const RELATIVE_CLAUSE_VERBS: ReadonlySet<string> = setOf(`
  aired
  appeared
  are
  can
  could
  had
  has
  have
  is
  ran
  was
  were
  will
  would
`);

/** Pronouns whose contracted auxiliary ("she’s", "they’re") makes a finite verb, unlike "the party’s". */
export const CONTRACTING_PRONOUNS: ReadonlySet<string> = setOf(
  SUBJECT_PRONOUNS,
  `
    it
    that
    there
    what
    who
    you
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

/** Words and marks right after a present or past cue that end a sentence-final cue ("…, he said as …"). */
export const CUE_END_WORDS: ReadonlySet<string> = setOf(`
  !
  ,
  .
  ;
  ?
  after
  as
  before
  during
  from
  when
  while
  with
  without
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

/** Words that open a new clause after ", and" ("…, and the council …"), besides names and numbers. */
export const NEW_CLAUSE_WORDS: ReadonlySet<string> = setOf(
  ARTICLES,
  SUBJECT_PRONOUNS,
  `
    about
    all
    both
    few
    half
    her
    his
    it
    its
    majorities
    majority
    many
    more
    most
    nearly
    only
    some
    that
    their
    there
    this
  `,
);

/** Words before a cue's adjunct that keep it an adjunct ("in a televised interview", "on national radio"). */
export const ADJUNCT_MODIFIERS: ReadonlySet<string> = setOf(`
  a
  an
  campaign
  her
  his
  its
  joint
  local
  national
  news
  phone
  press
  radio
  recent
  telephone
  televised
  the
  their
  tv
  with
  written
`);

/** Tokens that join a further that-clause to the first ("…, and that …"). */
export const THAT_CLAUSE_JOINS: ReadonlySet<string> = setOf(`
  ,
  ;
  and
  but
  or
`);

/** Tokens that open a clause's subject after "that": a pronoun or a determiner (names and numbers aside). */
export const CLAUSE_SUBJECT_WORDS: ReadonlySet<string> = setOf(
  ARTICLES,
  DEMONSTRATIVES,
  SUBJECT_PRONOUNS,
  `
    her
    his
    it
    its
    many
    most
    no
    our
    some
    their
    there
    you
  `,
);

/** Pronouns whose contraction opens a that-clause's subject ("that they’re …"). */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = setOf(
  SUBJECT_PRONOUNS,
  `
    it
    there
    you
  `,
);

/** Prepositions that tie a name to the person before it ("Tim Guest with the health authority", "a
 * spokeswoman for the premier", "an analyst at the bank", "a statement from the union"). */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = setOf(`
  at
  for
  from
  with
`);

/** Generational suffixes after a surname ("Joseph R. Biden Jr.", "Martin Luther King III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = setOf(`
  ii
  iii
  iv
  jr
  sr
`);

/** Words that join an agency to the reporter in a byline ("Jane Doe with AFP", "Jane Doe and Reuters"). */
export const BYLINE_JOINERS: ReadonlySet<string> = setOf(`
  and
  with
`);
