// Labels before a colon that open a line of page furniture rather than article text ("READ MORE: …",
// "WATCH BELOW: …", "Related: …", "Photo: …"): the whole line is a link, a video or a caption, so it holds
// no statement and names no speaker. Lowercased, apostrophes straight; written for this project.
import { setOf } from './word-list';

export const FURNITURE_LABELS: ReadonlySet<string> = setOf(`
  advertisement
  also read
  also see
  caption
  click here
  credit
  credits
  don't miss
  file
  file photo
  follow us
  full coverage
  further reading
  gallery
  image
  image credit
  images
  listen
  listen below
  more
  more coverage
  more from
  more on this
  more on this story
  must read
  photo
  photo credit
  photograph
  photos
  picture
  pictured
  read
  read also
  read more
  read next
  recommended
  recommended reading
  related
  related article
  related articles
  related content
  related coverage
  related link
  related links
  related reading
  related stories
  related story
  related video
  related videos
  relevant reading
  see also
  sign up
  sponsored
  subscribe
  suggested reading
  top stories
  trending
  up next
  video
  videos
  watch
  watch below
  watch live
  watch more
  watch now
  watch the video
  you may also like
  you might also like
`);
