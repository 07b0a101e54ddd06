// Past-tense forms that do not end in -ed, for telling a speaker's own next predicate ("… and cast doubt on
// the figures") from what they said. Lowercased; written for this project.
import { wordSet } from './word-set';

/** Simple-past forms that are never participles ("took", not "taken"): finite wherever they stand. */
export const DISTINCT_PAST: ReadonlySet<string> = wordSet(
  'took gave wrote went ran spoke began drew broke chose rose fell grew knew flew drove threw wore tore swore hid froze shook rode saw came forgave withdrew undertook overtook',
);

/** Simple-past forms that double as participles ("made", "held"). */
export const SHARED_PAST: ReadonlySet<string> = wordSet(
  'made cast held sent put set left told said found got kept brought thought felt met won lost paid led spent sought struck taught caught built meant heard stood sat fought bought dealt upheld oversaw hit cut let shut quit laid',
);
