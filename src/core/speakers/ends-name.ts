// Whether a source noun ends an organisation's name ("the Institute for Fiscal Studies", "the Ministry of
// Housing, Communities and Local Government") rather than heading an unnamed source (split from
// speaker-phrase.ts).
import { ORG_NAME_JOINS } from '../lexicon/organizations';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isNameWord } from './name-words';
import { onAfterHead } from './name-joins';
import { portfolioListStart } from './portfolio-list';

/** A capitalised word in a name after its "for" or "of" ("Institute for Fiscal Studies"); not a source
 * beside another ("Democrats and Republicans"), nor one ending a name of name words alone ("the House Armed
 * Services Committee", which a described phrase reads). */
export function endsName(tokens: readonly Token[], j: number): boolean {
  if (!tokenAt(tokens, j).cap) return false;
  // ("the Ministry of Housing, Communities and Local Government": a list of what it is for)
  if (portfolioListStart(tokens, j, 0) >= 0) return true;
  let k = j - 1;
  while (k > 0 && isNameWord(tokenAt(tokens, k))) k--;
  // ("the Center for Strategic and International Studies": an "and" inside a name joined by "for")
  if (tokenAt(tokens, k).lower === 'and' && isNameWord(tokenAt(tokens, k - 1))) {
    k--;
    while (k > 0 && isNameWord(tokenAt(tokens, k))) k--;
  }
  const joiner = tokenAt(tokens, k).lower;
  const joins = (ORG_NAME_JOINS.has(joiner) && joiner !== 'and') || onAfterHead(tokens, k);
  return joins && k > 0 && isNameWord(tokenAt(tokens, k - 1));
}
