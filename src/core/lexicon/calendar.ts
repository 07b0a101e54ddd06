// The calendar's words, written once for every list that needs them: weekdays, months and their
// abbreviations, and the days named from today. Lowercased; abbreviations without their final period.
import { setOf } from './word-list';

export const WEEKDAYS: ReadonlySet<string> = setOf(`
  friday
  monday
  saturday
  sunday
  thursday
  tuesday
  wednesday
`);

export const MONTHS: ReadonlySet<string> = setOf(`
  april
  august
  december
  february
  january
  july
  june
  march
  may
  november
  october
  september
`);

/** "Jan.", "Sept.": May has none. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = setOf(`
  apr
  aug
  dec
  feb
  jan
  jul
  jun
  mar
  nov
  oct
  sep
  sept
`);

/** Days between a subject and its cue ("Trump on Monday said", "she said yesterday"). */
export const DAY_WORDS: ReadonlySet<string> = setOf(
  WEEKDAYS,
  `
    today
    tonight
    yesterday
  `,
);

/** Words before a year that make it a date ("in 2017", "December 2017"), not a poll's count. */
export const YEAR_LEADS: ReadonlySet<string> = setOf(
  MONTHS,
  `
    by
    from
    in
    since
    until
  `,
);

/** "for years", "for decades": a duration, not part of a speaker phrase. */
export const DURATION_UNITS: ReadonlySet<string> = setOf(`
  decades
  months
  weeks
  years
`);

/** Units of a span of time ("two days later", "a few minutes later"), singular and plural. */
export const TIME_UNITS: ReadonlySet<string> = setOf(
  DURATION_UNITS,
  `
    day
    days
    decade
    hour
    hours
    minute
    minutes
    moment
    moments
    month
    second
    seconds
    week
    year
  `,
);

/** Words that end a span of time opening a sentence ("Two days later", "Moments earlier"). */
export const TIME_SPAN_ENDS: ReadonlySet<string> = setOf(`
  ago
  earlier
  later
`);

/** Words that tie a span of time to an event ("days after she collapsed", "hours before the vote"). */
export const TIME_SPAN_LINKS: ReadonlySet<string> = setOf(`
  after
  before
  since
`);

/** Time zones written after a live blog's time ("10:15 p.m. ET —"). */
export const TIME_ZONES: ReadonlySet<string> = setOf(`
  aedt
  aest
  bst
  cdt
  cest
  cet
  ct
  edt
  est
  et
  gmt
  mdt
  mst
  pdt
  pst
  pt
  utc
`);
