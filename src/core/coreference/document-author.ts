// "according to an analysis by Corey Scher of CUNY …", "a 2018 survey by Penelope Muse Abernathy", "a
// statement from the Ontario Provincial Police": the author named after "by", or the sender after "from",
// speaks through the work, as an owner does through "her statement".
import { AUTHORED_NOUNS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';

/** Up to three words before the noun ("a 2018 survey", "a new Reuters analysis"), a participle and up to two
 * words after it ("a survey released Tuesday by …", "a poll conducted by …"), and a name or someone's
 * office ("from the mayor's office"). */
const AUTHORED_BY =
  /^(?:[\p{L}\d’'-]+\s+){0,3}?(\p{Ll}+)\s+(?:\p{Ll}+ed\s+(?:[\p{L}\d]+\s+){0,2}?)?(by|from)\s+(?:(?:the\s+)?(?=\p{Lu})|(?=the\s+\p{Ll}+['’]s\s))/u;

/** Where the author's name starts in `said`, or null when `said` names no authored work. */
export function documentAuthorAt(said: string): number | null {
  // Most speaker phrases have no "by" or "from": they skip the pattern.
  const m = said.includes(' by ') || said.includes(' from ') ? AUTHORED_BY.exec(said) : null;
  if (!m) return null;
  const noun = m[1] ?? '';
  return (m[2] === 'by' ? AUTHORED_NOUNS : DOCUMENT_NOUNS).has(noun) ? m[0].length : null;
}
