// Words that cannot name a speaker, whatever a phrase scan made of them: section and credit labels
// ("RELATED", "Additional reporting"), months and weekdays ("October 28"), and bare honorifics ("Dr").
// Lowercased; written for this project.
import { DAY_WORDS, MONTHS, MONTH_ABBREVIATIONS } from './calendar';
import { setOf } from './word-list';

export const LABEL_WORDS: ReadonlySet<string> = setOf(`
  additional
  advertisement
  below
  breaking
  caption
  comments
  contributed
  correction
  credit
  editing
  editor
  editors
  exclusive
  gallery
  graphic
  listen
  more
  newsletter
  photo
  photos
  read
  related
  reporting
  see
  share
  sign
  subscribe
  update
  updated
  video
  videos
  watch
`);

export const CALENDAR_WORDS: ReadonlySet<string> = setOf(
  DAY_WORDS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  [...MONTH_ABBREVIATIONS].map((abbreviation) => `${abbreviation}.`),
  `
    tomorrow
  `,
);

/** Honorifics and titles that, alone, name nobody ("Dr", "Ms.", "Sen."). */
export const BARE_HONORIFICS: ReadonlySet<string> = setOf(`
  dame
  dr
  dr.
  gen
  gen.
  gov
  gov.
  lady
  lord
  miss
  mr
  mr.
  mrs
  mrs.
  ms
  ms.
  prof
  prof.
  rep
  rep.
  rev
  rev.
  sen
  sen.
  sir
`);
