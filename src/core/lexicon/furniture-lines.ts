// Whole lines of page furniture (advertising slots, "continued" notices), lowercased without their
// final punctuation. A line that is exactly one of these is not article text. Written for this project.
import { setOf } from './word-list';

export const FURNITURE_LINES: ReadonlySet<string> = setOf(`
  advertisement
  advertisement - scroll to continue
  advertisement - story continues below
  article continues after advertisement
  article continues after graphic
  article continues below
  article continues below advertisement
  continue reading
  continue reading below
  continue reading the main story
  read more
  related
  related coverage
  related stories
  scroll to continue with content
  share
  share this article
  share this story
  story continues below
  story continues below advertisement
`);
