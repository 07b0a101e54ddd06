// The head noun of an unnamed speaker after an inverted cue, past "a" or "one" and lowercase modifiers
// ("said a trucker", "said a cancer biologist at a Boston medical school", "said one dairy farmer, who …").
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { ARTICLES } from '../lexicon/function-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { isAgentNoun } from '../text/agent-noun';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** "said a trucker, who …", "said one commuter.": a lowercase word with an agent's ending right after "a"
 * or "one" that opens the phrase, before its end. */
export function agentHead(tokens: readonly Token[], i: number, k: number): boolean {
  const w = tokenAt(tokens, k);
  const next = tokens[k + 1];
  return (
    k === i + 1 &&
    (INDEFINITE_ARTICLES.has(tokenAt(tokens, i).lower) || tokenAt(tokens, i).lower === 'one') &&
    !w.cap &&
    isAgentNoun(w.lower) &&
    headEnds(next)
  );
}

/** What may follow a head noun that ends the phrase: no word, "who", where they are or whom they are with
 * ("said a trucker in Ohio", "a biologist at …"). */
const headEnds = (next: Token | undefined): boolean =>
  !next?.word || next.lower === 'who' || next.lower === 'in' || AFFILIATION_PREPOSITIONS.has(next.lower);

/** Most lowercase modifiers between "a" and a person's head noun ("a | cancer | biologist"). */
const MAX_MODIFIERS = 2;

/** The head of "a cancer biologist", "one dairy farmer, who …": a person's role, a source's noun or an agent's
 * ending after lowercase nouns that follow "a" or "one" at i, ending the phrase; -1 when there is none. */
export function modifiedHead(tokens: readonly Token[], i: number, ceil: number): number {
  const opener = tokenAt(tokens, i).lower;
  if (!INDEFINITE_ARTICLES.has(opener) && opener !== 'one') return -1;
  for (let m = i + 1; m <= Math.min(ceil, i + 1 + MAX_MODIFIERS); m++) {
    const t = tokenAt(tokens, m);
    if (!t.word || t.cap || ARTICLES.has(t.lower) || AFFILIATION_PREPOSITIONS.has(t.lower)) return -1;
    const head = PERSON_ROLE_NOUNS.has(t.lower) || UNNAMED_SOURCE_NOUNS.has(t.lower) || isAgentNoun(t.lower);
    if (m > i + 1 && head && headEnds(tokens[m + 1])) return m;
  }
  return -1;
}
