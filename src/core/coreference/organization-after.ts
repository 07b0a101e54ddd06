// ", a Houston-based start-up,", ", the vaccine alliance,": an apposition that says the name before it is an
// organisation's, whatever the name's first word ("Selene Dynamics" opens on a given name).
import { ARTICLES } from '../lexicon/function-words';
import { RELATIVE_OPENERS } from '../lexicon/clause-boundary-words';
import { ORG_APPOSITION_HEADS } from '../lexicon/company-trades';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { singularOf } from '../text/singular-of';
import { isPossessive } from '../text/possessive';

/** Longest apposition read for an organisation's kind, in characters (", one of the world's largest container
 * lines,"). */
export const ORG_APPOSITION_CHARS = 80;
/** ", a Houston-based start-up,", ", one of the world's largest container lines,": the apposition's words. */
const APPOSITION_WORDS = /^,\s+([^,;.]+?)\s*[,;.]/u;

/** An apposition right after a name whose head (before any preposition or relative clause) is an
 * organisation's kind: the name is an organisation's, whatever its first word. */
export function organizationAfter(after: string): boolean {
  const words = APPOSITION_WORDS.exec(after)?.[1]?.split(/\s+/) ?? [];
  const lead = words[0] === 'one' && words[1] === 'of' ? 2 : 0;
  // (or its owner's name: "France Médias Monde, RFI's parent company, said"; "Belo, another … wallet,")
  const opener = words[lead] ?? '';
  // (a name's possessive, capitalised: "who's chairing Trump's transition team" is no apposition)
  const owner = isPossessive(opener) && /^\p{Lu}/u.test(opener);
  if (!ARTICLES.has(opener) && opener !== 'another' && !owner) return false;
  // (the head before a participle too: "a two-year-old artificial intelligence start-up founded by …")
  const end = words.findIndex(
    (w, k) =>
      k > lead + 1 && (PREPOSITIONS.has(w) || RELATIVE_OPENERS.has(w) || /^\p{Ll}+(?:ed|ing)$/u.test(w)),
  );
  // (or a compound's head after an "-ing" noun: "Britain's biggest building society")
  const heads = end < 0 ? [words.at(-1)] : [words[end - 1], end === words.length - 2 ? words.at(-1) : ''];
  // (a common noun: "Robert Oldendick, a University of South Carolina political science professor" is no
  // university)
  return heads.some((head = '') => /^\p{Ll}/u.test(head) && ORG_APPOSITION_HEADS.has(singularOf(head)));
}
