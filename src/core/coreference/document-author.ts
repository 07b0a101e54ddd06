// "according to an analysis by Corey Scher of CUNY …", "a 2018 survey by Penelope Muse Abernathy", "a
// statement from the Ontario Provincial Police": the author named after "by", or the sender after "from",
// speaks through the work, as an owner does through "her statement".
import { AUTHORED_NOUNS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { ORG_APPOSITION_HEADS } from '../lexicon/company-trades';

/** Up to three words before the noun ("a 2018 survey", "a new Reuters analysis"), a participle and up to two
 * words after it ("a survey released Tuesday by …", "a poll conducted by …"), and a name, maybe after words
 * for its kind ("by the research firm Kantar"), or someone's office ("from the mayor's office"). */
const AUTHORED_BY =
  /^(?:[\p{L}\d’'-]+\s+){0,3}?(\p{Ll}+)\s+(?:\p{Ll}+ed\s+(?:[\p{L}\d]+\s+){0,2}?)?(by|from)\s+(?:(?:the\s+)?(?:(\p{Ll}+(?:\s+\p{Ll}+){0,2})\s+)?(?=\p{Lu})|(?=the\s+\p{Ll}+['’]s\s))/u;

/** Where the author's name starts in `said`, or null when `said` names no authored work. */
export function documentAuthorAt(said: string): number | null {
  // Most speaker phrases have no "by" or "from": they skip the pattern.
  const m = said.includes(' by ') || said.includes(' from ') ? AUTHORED_BY.exec(said) : null;
  if (!m) return null;
  const noun = m[1] ?? '';
  if (!(m[2] === 'by' ? AUTHORED_NOUNS : DOCUMENT_NOUNS).has(noun)) return null;
  // ("a survey by the market research firm Pixelgauge": the name with the kind of body it is, which types it)
  const kind = m[3];
  if (kind === undefined) return m[0].length;
  if (!ORG_APPOSITION_HEADS.has(kind.slice(kind.lastIndexOf(' ') + 1))) return null;
  const at = m[0].lastIndexOf(kind);
  return m[0].slice(0, at).endsWith('the ') ? at - 'the '.length : at;
}
