// The name a description in apposition stands beside, when that description has an appositive of its own
// (split from appositive.ts).
import type { Token } from '../text/tokenize';
import { opensClause } from './opens-clause';
import { phraseBefore, type Phrase } from './speaker-phrase';

/** "Paul Ashford, a manager with Front Range Services, an adjusting firm, argued": the name before a
 * description in apposition, which the description's own appositive does not change. */
export function apposedTo(tokens: readonly Token[], p: Phrase, floor: number, depth: number): Phrase | null {
  if (p.kind !== 'unnamed' || tokens[p.first - 1]?.text !== ',') return null;
  const named = phraseBefore(tokens, p.first - 2, floor, depth + 1);
  return named?.kind === 'proper' && opensClause(tokens, named, floor) ? named : null;
}
