// Words that label a line rather than name a speaker before a colon ("EXCLUSIVE: …", "Revealed: …",
// "Editor's Note: …"). Lowercased; written for this project.
import { setOf } from './word-list';

export const HEADLINE_LABELS: ReadonlySet<string> = setOf(`
  alert
  analysis
  bombshell
  boom
  breaking
  busted
  confirmed
  correction
  developing
  editor
  editorial
  editors
  email
  exclusive
  explainer
  factbox
  factcheck
  flashback
  gallery
  in
  interview
  just
  live
  look
  must-see
  note
  obituary
  opinion
  photo
  photos
  podcast
  preview
  q&a
  read
  recall
  recap
  related
  revealed
  review
  timeline
  transcript
  update
  updated
  video
  videos
  watch
  wow
`);
