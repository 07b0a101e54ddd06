// Words a page's gallery or image widget puts before a photo caption ("Open this photo in gallery A man
// walks …", "Image caption …", "toggle caption …"): a line opening with one is a caption. Lowercased;
// written for this project.
import { wordSet } from './word-set';

export const CAPTION_OPENINGS: ReadonlySet<string> = wordSet(
  'open this photo in gallery|open this photo|view this photo|enlarge this image|expand image|image caption|media caption|toggle caption|hide caption|photo caption|caption|pictured above|pictured|file photo|photo illustration',
  '|',
);
