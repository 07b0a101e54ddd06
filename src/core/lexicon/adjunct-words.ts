// Words of circumstance (time, place, occasion, audience) around a cue, as opposed to what was said:
// "In Texas, …", "said after the meeting", "told reporters on Monday". Lowercased.
import { DAY_WORDS, MONTHS, WEEKDAYS } from './calendar';
import { setOf } from './word-list';
import { OPENING_PREPOSITIONS } from './clause-words';

/** Words that open an adverbial, not content ("In Texas, …", "he said after meeting aides"). */
export const ADJUNCT_STARTS: ReadonlySet<string> = setOf(`
  about
  after
  as
  at
  because
  before
  by
  during
  for
  from
  in
  of
  on
  since
  to
  until
  when
  while
  with
  without
`);

/** Words that open a circumstance ("said after the meeting") rather than content. */
export const CIRCUMSTANCE_STARTS: ReadonlySet<string> = setOf(`
  after
  before
  during
  since
  until
  when
  while
  without
`);

/** Words that open a circumstance after "said"/"told" ("said on the same call", "said as he left"). */
export const SAY_ADJUNCTS: ReadonlySet<string> = setOf(`
  about
  after
  as
  at
  before
  during
  for
  from
  in
  on
  since
  through
  to
  until
  upon
  via
  when
  while
  with
  without
`);

/** Time words an adjunct between a cue and its content may hold ("on Monday", "earlier this week"). */
export const TIME_ADJUNCT_WORDS: ReadonlySet<string> = setOf(
  DAY_WORDS,
  MONTHS,
  `
    afternoon
    afterward
    afterwards
    again
    also
    day
    days
    decades
    earlier
    early
    evening
    last
    late
    later
    month
    months
    morning
    next
    night
    now
    once
    previously
    privately
    publicly
    recently
    repeatedly
    then
    this
    week
    weekend
    weeks
    year
    years
  `,
);

/** Time words that are adjuncts only before a time ("this week", "late Friday"): "said this one was" is not. */
export const TIME_MODIFIERS: ReadonlySet<string> = setOf(`
  early
  last
  late
  next
  this
`);
/** Prepositions that end a noun-phrase object ("criticized the law during a stop in Flint"). */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = setOf(
  WEEKDAYS,
  `
    at
    during
    today
    until
    while
    yesterday
  `,
);

/** Subordinators whose clause after a noun-phrase object tells when it was said ("called for an inquiry
 * after the company admitted …"); a reason ("because …") may be the speaker's own. */
export const OCCASION_SUBORDINATORS: ReadonlySet<string> = setOf(`
  after
  before
  once
  when
  whenever
`);

/** Words that open an adverbial before a sentence's subject ("On Monday, …", "Asked about it, …"). */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = setOf(
  WEEKDAYS,
  OPENING_PREPOSITIONS,
  `
    according
    addressing
    after
    again
    also
    although
    and
    as
    asked
    at
    back
    because
    before
    but
    by
    days
    during
    earlier
    early
    even
    finally
    first
    for
    from
    here
    hours
    however
    if
    in
    indeed
    instead
    last
    late
    later
    like
    meanwhile
    moreover
    no
    now
    on
    once
    over
    second
    since
    so
    speaking
    still
    then
    there
    this
    though
    to
    under
    until
    well
    when
    while
    with
    without
    yes
    yet
  `,
);

/** Prepositions that make an -ing cue an adjunct of its clause ("by saying", "after thanking"). */
export const ING_ADJUNCT_PREPS: ReadonlySet<string> = setOf(`
  after
  before
  by
  in
  since
  upon
  when
  while
  without
`);

/** Words that open an adjunct between a cue and its content ("said in a statement", "said during a visit",
 * "said when asked that …"). */
export const CUE_ADJUNCT_PREPS: ReadonlySet<string> = setOf(`
  after
  at
  before
  during
  for
  from
  in
  inside
  near
  on
  outside
  over
  through
  under
  via
  when
  while
`);

/** Periods a demonstrative "that" may name after a cue ("he said that night"), so "that" opens no clause. */
export const THAT_PERIODS: ReadonlySet<string> = setOf(`
  afternoon
  day
  evening
  month
  morning
  night
  season
  week
  weekend
  year
`);

/** Words that open a clause of their own inside an aside after a cue ("said on Monday, in a speech that …"):
 * a quote after such an aside is not reached from the cue. */
export const CLAUSE_OPENERS_IN_ASIDE: ReadonlySet<string> = setOf(`
  although
  because
  that
  when
  where
  which
  while
  who
  whom
  whose
`);

/** Participles opening what someone was asked before their answer ("Asked whether he would …, the president
 * said: …", "Pressed on the issue, she said …"): the question, not what was said. */
export const QUESTION_PARTICIPLES: ReadonlySet<string> = setOf(`
  asked
  challenged
  pressed
  questioned
  quizzed
`);
