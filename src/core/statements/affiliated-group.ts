// Whether the head before an affiliation speaks ("a lawyer for the family", "44 percent of voters"), and the
// group so affiliated right before a cue ("Leaders of three Kolla communities said"). Split from cue-speaker.ts.
import { AUTHORED_NOUNS } from '../lexicon/document-nouns';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { AND_OR } from '../lexicon/clause-boundary-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { CLAUSE_INTRODUCERS, QUANTITY_HEADS, SUPPORTER_NOUNS } from '../lexicon/speaker-phrase-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { affiliatedSource, opensTail } from '../speakers/affiliated-source';
import type { Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** A person or a count of people ("a lawyer for", "44 percent of", "an ally of", "an aide to") before the
 * preposition `prep`, not a text ("the rhetoric of"); or a work before "of" ("A review of the most recent
 * data suggests": the work, not what it studied, says it). */
export function speaksAsHead(noun: string, prep: string): boolean {
  const counts = QUANTITY_HEADS.has(noun) || /^\d/.test(noun);
  const person = UNNAMED_SOURCE_NOUNS.has(noun) || PERSON_ROLE_NOUNS.has(noun) || SUPPORTER_NOUNS.has(noun);
  return counts || person || (prep === 'of' && AUTHORED_NOUNS.has(noun));
}

/** "Leaders of three Kolla communities said", "Scientists at the island's laboratory said": a group opening
 * the clause and its affiliation, ending right before the cue at `j`; not one whose affiliation holds a
 * clause ("the resolution which", "band of defenders can"). */
export function affiliatedGroup(toks: readonly Token[], j: number, floor: number): Phrase | null {
  const p = affiliatedSource(toks, j, floor, 0);
  // (not a group joined to another before it: "Experts and advocates of women's rights say")
  if (!p || AND_OR.has(tokenAt(toks, p.first - 1).lower)) return null;
  let at = j;
  while (at > p.first && !opensTail(toks, at, j)) at--;
  const tail = toks.slice(at + 1, j + 1);
  // (nor one ending in a verb or an owner: "54 percent of members supported", "one of the congressman’s")
  const ends = /(?:ed|[’']s?)$/.test(tokenAt(toks, j).text);
  if (ends || tail.some((t) => CLAUSE_INTRODUCERS.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)))
    return null;
  return speaksAsHead(tokenAt(toks, at - 1).lower, tokenAt(toks, at).lower) ? p : null;
}
