// Nouns that carry a statement ("White House statements …", "in a statement", "Trump's remarks").
import { setOf } from './word-list';

export const CUE_NOUNS: ReadonlySet<string> = setOf(`
  announcement
  announcements
  assessment
  briefing
  claim
  claims
  comment
  comments
  complaint
  editorial
  filing
  interview
  letter
  letters
  memo
  message
  messages
  op-ed
  post
  posts
  release
  remark
  remarks
  report
  reports
  speech
  speeches
  spokesman
  spokeswoman
  statement
  statements
  testimony
  tweet
  tweets
  warning
  warnings
`);

/** Adjunct phrases after a cue that name the channel, not the content ("said in a statement"). */
export const CHANNEL_NOUNS: ReadonlySet<string> = setOf(`
  address
  advisory
  affidavit
  appearance
  blog
  briefing
  broadcast
  bulletin
  call
  circular
  column
  conference
  debate
  e-mail
  editorial
  email
  essay
  event
  facebook
  feed
  filing
  forum
  hearing
  instagram
  interview
  letter
  livestream
  meeting
  memo
  message
  newsletter
  note
  notice
  op-ed
  petition
  podcast
  post
  presentation
  radio
  rally
  release
  remarks
  report
  response
  sermon
  session
  speech
  statement
  submission
  television
  testimony
  tweet
  twitter
  video
  webinar
`);

/** What one speaks or writes by, after "said by" ("said by phone", "told by text message"): a channel, not the
 * agent of a passive. */
export const MEANS_NOUNS: ReadonlySet<string> = setOf(`
  cellphone
  e-mail
  email
  emails
  fax
  letter
  mail
  message
  messages
  phone
  satellite
  skype
  teleconference
  telephone
  text
  texts
  video
  video-link
  videoconference
`);

/** What a channel answers ("in response to questions that …", "in reply to a query that …"). */
export const QUESTION_NOUNS: ReadonlySet<string> = setOf(`
  inquiries
  inquiry
  queries
  query
  question
  questions
`);

/** Past participles that say where a channel went out ("a statement posted on its website", "a report
 * published on Tuesday", "a video released by the army"): part of the adjunct, not what was said. */
export const CHANNEL_PARTICIPLES: ReadonlySet<string> = setOf(`
  aired
  broadcast
  carried
  circulated
  distributed
  emailed
  filed
  issued
  posted
  presented
  published
  released
  sent
  shared
  submitted
  tweeted
  uploaded
`);
