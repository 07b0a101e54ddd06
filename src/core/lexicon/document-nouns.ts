// What a speaker issues rather than is: "her statement said", "Infrastructure Canada’s public database
// shows", "the union's Friday release said". The owner of such a document is the speaker. Lowercased.
import { setOf } from './word-list';

export const DOCUMENT_NOUNS: ReadonlySet<string> = setOf(`
  account
  announcement
  blog
  book
  complaint
  data
  database
  email
  emails
  filing
  letter
  memo
  news
  newsletter
  notice
  post
  posting
  press
  proposal
  release
  report
  response
  ruling
  site
  statement
  submission
  testimony
  tweet
  tweets
  video
  website
`);
