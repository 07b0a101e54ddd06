// What a cue verb's object can be when the verb reports nothing: a thing written ("wrote a book"), an
// event convened ("called an election"), a story told ("tells part of the story"). Lowercased; written for
// this project.
import { setOf } from './word-list';

/** Things one writes or posts that are the object, not what was said ("wrote a children's book"). */
export const WRITTEN_THINGS: ReadonlySet<string> = setOf(`
  article
  articles
  bill
  biography
  blog
  book
  books
  chapter
  column
  commentary
  constitution
  cookbook
  cookbooks
  dissent
  editorial
  editorials
  essay
  foreword
  introduction
  legislation
  letter
  letters
  link
  memoir
  novel
  op-ed
  paper
  papers
  photo
  picture
  piece
  poem
  poems
  post
  profile
  report
  review
  screenplay
  script
  song
  songs
  stories
  story
  thesis
  video
`);

/** "called off", "called in to a show": phrasal uses of "call" that report nothing ("called out" does). */
export const NON_REPORT_CALL_PARTICLES: ReadonlySet<string> = setOf(`
  around
  back
  in
  off
  up
`);

/** "called snap elections", "called an emergency session": what is convened, not what is said. */
export const CALLED_EVENTS: ReadonlySet<string> = setOf(`
  by-election
  by-elections
  byelection
  byelections
  cease-fire
  ceasefire
  conference
  election
  elections
  halt
  hearing
  hearings
  meeting
  meetings
  recess
  referendum
  session
  sessions
  strike
  summit
  timeout
  truce
  vote
  votes
`);

/** What one tells that is not a report of speech ("tells part of the story", "tell stories about firsts"). */
export const TOLD_THINGS: ReadonlySet<string> = setOf(`
  part
  stories
  tales
`);
