// Labels before a colon that open a line of page furniture rather than article text ("READ MORE: …",
// "WATCH BELOW: …", "Related: …", "Photo: …"): the whole line is a link, a video or a caption, so it holds
// no statement and names no speaker. Lowercased, apostrophes straight; written for this project.
import { wordSet } from './word-set';

export const FURNITURE_LABELS: ReadonlySet<string> = wordSet(
  "read more|read|more|read also|also read|see also|also see|more from|watch|watch below|watch more|watch live|watch now|watch the video|listen|listen below|related|related coverage|related content|related stories|related story|related articles|related article|related video|related videos|related link|related links|recommended|recommended reading|relevant reading|related reading|further reading|suggested reading|read next|up next|more on this|more on this story|more coverage|you may also like|you might also like|trending|sponsored|advertisement|photo|photos|photograph|picture|pictured|image|images|video|videos|gallery|caption|credit|credits|photo credit|image credit|file photo|file|click here|subscribe|sign up|follow us|full coverage|top stories|don't miss|must read",
  '|',
);
