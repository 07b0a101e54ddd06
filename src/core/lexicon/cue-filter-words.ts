// Short word lists the cue filters test the neighbours of a cue-verb form against. Lowercased.
import { ARTICLES } from './function-words';
import { setOf } from './word-list';

/** "he's praising", "there's talk": a contracted "is"/"has", not a possessive, before a verb. */
export const CONTRACTED_IS: ReadonlySet<string> = setOf(`
  he's
  he’s
  it's
  it’s
  she's
  she’s
  that's
  that’s
  there's
  there’s
  who's
  who’s
`);

/** Words after which an -ed form before a plural noun is an adjective ("both pledged delegates"). */
export const ADJECTIVE_OPENERS: ReadonlySet<string> = setOf(`
  and
  both
  cumulative
  daily
  for
  her
  his
  in
  its
  of
  or
  overall
  the
  their
  total
  with
`);

/** Words between "was" and a participle that keep it passive ("was not asked", "is now accused"). */
export const PASSIVE_ADVERBS: ReadonlySet<string> = setOf(`
  already
  also
  never
  not
  now
  still
`);

/** Forms of "be" and "get" that make a following participle passive ("was asked", "got told"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = setOf(`
  are
  be
  been
  being
  get
  got
  is
  was
  were
`);

/** Subordinators before a fronted "asked" ("When asked about …"): the one asked is not the reporter. */
export const ASKED_OPENERS: ReadonlySet<string> = setOf(`
  after
  if
  once
  when
`);

/** Pronouns before a cue noun that make it the verb ("she claims", "who notes"). */
export const VERB_SUBJECT_PRONOUNS: ReadonlySet<string> = setOf(`
  he
  it
  she
  they
  who
`);

/** "added up to": a sum, not speech. */
export const SUM_PARTICLES: ReadonlySet<string> = setOf(`
  up
`);

/** Words that hedge an amount right before it ("added only 200,000 subscribers", "added more than 90 jobs"). */
export const AMOUNT_HEDGES: ReadonlySet<string> = setOf(`
  about
  almost
  just
  more
  nearly
  only
  roughly
  some
  than
`);

/** "wrote off assets", "wrote down its stake": accounting, not words. */
export const WRITE_OFF_PARTICLES: ReadonlySet<string> = setOf(`
  down
  off
`);

/** "declined sharply", "declined by 3 per cent": a falling figure, not a refusal to speak. */
export const TREND_WORDS: ReadonlySet<string> = setOf(`
  by
  from
  in
  sharply
  slightly
  steadily
  steeply
`);

/** "said little", "has said nothing": an amount of talk, not what was said (unless a clause follows it:
 * "said nothing had changed"). */
export const TALK_AMOUNTS: ReadonlySet<string> = setOf(`
  little
  much
  nothing
`);

/** Words after such an amount that close it ("said little else", "said nothing more"). */
export const TALK_AMOUNT_TAILS: ReadonlySet<string> = setOf(`
  else
  more
`);

/** "sworn in as prime minister", "sworn into office": taking an oath of office, not a statement. */
export const OATH_PARTICLES: ReadonlySet<string> = setOf(`
  in
  into
`);

/** "pleaded guilty", "pleaded not guilty", "pleaded no contest": a plea, not a statement. */
export const PLEA_WORDS: ReadonlySet<string> = setOf(`
  guilty
  no
  not
`);

/** Words before an infinitive's "to" that make it what someone tried, asked for or will do, not what was
 * said: "attempts to confirm this were unsuccessful", "requests to comment", "is expected to announce". */
export const UNSAID_INFINITIVE_LEADS: ReadonlySet<string> = setOf(`
  attempt
  attempts
  due
  effort
  efforts
  expected
  poised
  request
  requests
  scheduled
`);

/** "asked not to be named", "declined to be identified": a source asking for anonymity. */
export const NAMING_PARTICIPLES: ReadonlySet<string> = setOf(`
  identified
  named
  quoted
`);

/** "contend for the title", "contend with floods": to compete or cope, not to argue. */
export const COMPETE_PREPOSITIONS: ReadonlySet<string> = setOf(`
  for
  in
  with
`);

/** Determiners that open an object ("wrote a book", "added the drug to …"). */
export const OBJECT_DETERMINERS: ReadonlySet<string> = setOf(
  ARTICLES,
  `
    her
    his
    its
    our
    their
  `,
);

/** What may follow a written thing and still introduce a report ("wrote a letter saying …"). */
export const REPORT_AFTER_OBJECT: ReadonlySet<string> = setOf(`
  calling
  saying
  that
  to
`);

/** "called for a vote", "called on leaders", "called to say": asks, which report. */
export const CALL_REPORT_PARTICLES: ReadonlySet<string> = setOf(`
  for
  on
  to
`);

/** What follows a mostly-noun cue form as a noun: "attacks on …", "emails that …", "the attack in …". */
export const NOUN_COMPLEMENTS: ReadonlySet<string> = setOf(`
  ,
  against
  at
  by
  from
  has
  have
  in
  of
  on
  that
  to
  was
  were
  which
`);

/** Complements that keep even a noun-like form a report: "claims that …", "promises to …", "mention of …". */
export const REPORT_COMPLEMENTS: ReadonlySet<string> = setOf(`
  "
  ''
  :
  about
  against
  for
  of
  on
  that
  to
  whether
  ‘
  “
`);

/** Determiners before "Name + form" that make the form a noun ("the Orlando attack", "his Senate vote"). */
export const NAME_NOUN_DETERMINERS: ReadonlySet<string> = setOf(
  ARTICLES,
  `
    her
    his
    its
    other
    our
    their
  `,
);

/** Subjects before a noun-like form that make it the verb ("we claim", "many complain"). */
export const PLAIN_SUBJECTS: ReadonlySet<string> = setOf(`
  all
  both
  few
  i
  many
  most
  some
  we
  you
`);

/** Prepositions opening a sentence whose phrase holds nouns, not a clause ("Amid calls for action, …",
 * "Alongside BLM calls for action, …"); "after", "before" and "since" open clauses too. */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = setOf(`
  alongside
  amid
  amidst
  among
  despite
`);

/** Modals of obligation and of a guess before a cue ("must declare", "should have insisted", "must have
 * said"): what someone has to say, or is supposed to have said, is not what they said. */
export const OBLIGATION_MODALS: ReadonlySet<string> = setOf(`
  must
  shall
  should
`);

/** What follows "called him" or "called Ana Ruiz" when it was a phone call ("called him with an idea",
 * "called her back", "called Ruiz on Monday"), not what someone was called. */
export const PHONE_CALL_NEXT: ReadonlySet<string> = setOf(`
  after
  at
  back
  before
  from
  on
  with
`);

/** What a source asks not to be ("asking not to be identified"): a request to go unnamed. */
export const ANONYMITY_ASKS: ReadonlySet<string> = setOf(`
  identified
  named
  published
  quoted
  used
  withheld
`);
