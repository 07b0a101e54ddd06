// "James Lankford, an Oklahoma Republican, said", "Bob Mulholland, a California superdelegate and Clinton
// supporter who …": an indefinite apposition after a comma describes the name before it.
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { phraseBefore, type Phrase } from './speaker-phrase';

/** Most words of a list of roles after its article ("a California superdelegate and Clinton supporter"). */
const MAX_ROLE_LIST = 6;

/** The name an indefinite apposition describes ("James Lankford, an Oklahoma Republican"), if any. */
export function describedName(
  tokens: readonly Token[],
  p: Phrase,
  floor: number,
  depth: number,
): Phrase | null {
  // the article opens the phrase ("a senior analyst") or stands before it ("an | Oklahoma Republican")
  // (or opens a list of roles: "a California superdelegate and Clinton supporter who")
  let a = p.first;
  while (a > p.first - MAX_ROLE_LIST && tokens[a]?.word && !INDEFINITE_ARTICLES.has(tokenAt(tokens, a).lower))
    a--;
  if (!INDEFINITE_ARTICLES.has(tokens[a]?.lower ?? '') || tokens[a - 1]?.text !== ',') return null;
  // (past an age between commas: "Linda Pearce, 71, a retired nurse who said")
  const aged = /^\d{1,3}$/.test(tokens[a - 2]?.text ?? '') && tokens[a - 3]?.text === ',';
  const named = phraseBefore(tokens, aged ? a - 4 : a - 2, floor, depth + 1);
  // ("The governor, a Democrat, said": a definite description is described the same way)
  const definite = named?.kind === 'unnamed' && tokens[named.first]?.lower === 'the';
  return named?.kind === 'proper' || definite ? named : null;
}
