// What a speaker issues rather than is: "her statement said", "Infrastructure Canada’s public database
// shows", "the union's Friday release said". The owner of such a document is the speaker. Lowercased.
import { setOf } from './word-list';

export const DOCUMENT_NOUNS: ReadonlySet<string> = setOf(`
  account
  announcement
  blog
  book
  circular
  complaint
  data
  database
  email
  emails
  figures
  filing
  findings
  forecast
  letter
  memo
  news
  newsletter
  note
  notice
  page
  post
  posting
  press
  projections
  proposal
  readout
  records
  release
  report
  response
  ruling
  site
  statement
  statistics
  submission
  testimony
  tweet
  tweets
  video
  website
`);

/** Documents whose word also names people ("industry figures say", "Turkish figures"): only an organisation
 * (a possessive, initials, a name with its head) owns them before the noun ("EPA figures"). */
export const PEOPLE_DOCUMENT_NOUNS: ReadonlySet<string> = setOf(`
  figures
`);

/** Where a document goes ("a statement posted on its website", "a letter sent to members"). */
export const DOCUMENT_DESTINATIONS: ReadonlySet<string> = setOf(`
  on
  online
  to
`);

/** Work that has authors ("an analysis by Corey Scher", "a 2018 survey by the Pew Research Center"): the
 * author after "by" is the speaker. */
export const AUTHORED_NOUNS: ReadonlySet<string> = setOf(`
  analysis
  assessment
  audit
  calculations
  count
  data
  estimate
  estimates
  figures
  findings
  forecast
  investigation
  paper
  poll
  projections
  report
  research
  review
  statistics
  study
  survey
  tally
`);

/** Works someone sends or files, which "the statement said" goes back to only by the same noun ("Meridian
 * Records said in a statement …. “…,” the statement said"). */
export const SENT_WORKS: ReadonlySet<string> = setOf(`
  complaint
  filing
  lawsuit
  letter
  memo
  statement
`);

/** What an author does with a work ("Philip Cross wrote in a recent report", "the PBO released a report"). */
export const PUBLISHING_VERBS: ReadonlySet<string> = setOf(`
  concluded
  filed
  found
  issued
  published
  released
  said
  sent
  wrote
`);

/** Prepositions before a work's author ("a report by …", "a study from …", "a report for the Institute"). */
export const AUTHOR_PREPOSITIONS: ReadonlySet<string> = setOf(`
  by
  for
  from
  of
`);

/** Lowercase words that end the name of a document's issuer after its "by" or "from": a time ("NHS England
 * last week"), another clause or another participle ("… and seen by Reuters", "… to be released Thursday"). */
export const ISSUER_ENDS: ReadonlySet<string> = setOf(`
  after
  before
  earlier
  last
  later
  next
  obtained
  on
  or
  seen
  that
  this
  to
  which
  who
`);

/** What a speaker does to put out a document ("Black Lives Matter issued a statement saying …"). */
export const ISSUING_VERBS: ReadonlySet<string> = setOf(`
  circulated
  distributed
  e-mailed
  emailed
  filed
  issued
  posted
  published
  put
  released
  sent
  signed
  tweeted
  wrote
`);

/** Verbs of writing or speaking to someone, whose "to" names the one addressed, not the speaker of a
 * participle after ("Senators wrote to the Justice Department demanding …"). */
export const ADDRESSING_VERBS: ReadonlySet<string> = setOf(
  ISSUING_VERBS,
  `
  appealed
  spoke
  talked
  write
  writes
  written
`,
);

/** A work's own verbs, for "it" standing for the statement just introduced ("Kevin Brandt released a brief
 * statement. “…,” it read."). */
export const READING_CUES: ReadonlySet<string> = setOf(`
  read
  reads
`);

/** What a statement is made in or through ("said in a statement", "via a statement"). */
export const WORK_PREPOSITIONS: ReadonlySet<string> = setOf(`
  in
  through
  via
`);

/** Words opening what was said after a cue and the work it was made in ("in a statement | that …"). */
export const CONTENT_OPENERS: ReadonlySet<string> = setOf(`
  saying
  that
`);

/** Records that carry someone's own words ("…, she told employees, according to a recording reviewed by
 * this newspaper"): where the words were read, as an outlet is, not who said them. */
export const RECORD_NOUNS: ReadonlySet<string> = setOf(`
  audio
  copy
  footage
  minutes
  recording
  recordings
  tape
  transcript
  video
`);
