// Whole lines of page furniture (advertising slots, "continued" notices), lowercased without their
// final punctuation. A line that is exactly one of these is not article text. Written for this project.
import { wordSet } from './word-set';

export const FURNITURE_LINES: ReadonlySet<string> = wordSet(
  'advertisement|advertisement - story continues below|advertisement - scroll to continue|story continues below advertisement|story continues below|article continues below advertisement|article continues below|article continues after advertisement|article continues after graphic|continue reading below|continue reading the main story|continue reading|scroll to continue with content|read more|related|related coverage|related stories|share|share this article|share this story',
  '|',
);
