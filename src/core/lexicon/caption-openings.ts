// Words a page's gallery or image widget puts before a photo caption ("Open this photo in gallery A man
// walks …", "Image caption …", "toggle caption …"): a line opening with one is a caption. Lowercased;
// written for this project.
import { setOf } from './word-list';

export const CAPTION_OPENINGS: ReadonlySet<string> = setOf(`
  caption
  enlarge this image
  expand image
  file photo
  hide caption
  image caption
  media caption
  open this photo
  open this photo in gallery
  photo caption
  photo illustration
  pictured
  pictured above
  toggle caption
  view this photo
`);
