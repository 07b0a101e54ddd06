// "according to an analysis by Corey Scher of CUNY …", "a 2018 survey by Penelope Muse Abernathy": the
// author named after "by" speaks through the work, as an owner does through "her statement".
import { AUTHORED_NOUNS } from '../lexicon/document-nouns';

/** Up to three words before the noun ("a 2018 survey", "a new Reuters analysis"). */
const AUTHORED_BY = /^(?:[\p{L}\d’'-]+\s+){0,3}?(\p{Ll}+)\s+by\s+(?=\p{Lu})/u;

/** Where the author's name starts in `said`, or null when `said` names no authored work. */
export function documentAuthorAt(said: string): number | null {
  // Most speaker phrases have no "by": they skip the pattern.
  const m = said.includes(' by ') ? AUTHORED_BY.exec(said) : null;
  return m && AUTHORED_NOUNS.has(m[1] ?? '') ? m[0].length : null;
}
