// What a say-like cue's content may open with and still be what was said, not the circumstance of saying
// it: a subordinate clause before its main clause, or a place before its clause.
import { CIRCUMSTANCE_STARTS } from '../lexicon/adjunct-words';
import { SUBJECT_PRONOUNS } from '../lexicon/function-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { finiteSoon } from './finite-soon';
import { hasVerb } from './has-verb';

/** "said when Liberals dismiss any concerns …, he is insulting Canadians": a subordinate clause and then,
 * after its comma, a main clause with a subject pronoun or a name and a finite verb is what was said. */
export function mainClauseAfter(toks: readonly Token[], from: number, end: number): boolean {
  if (!CIRCUMSTANCE_STARTS.has(tokenAt(toks, from).lower)) return false;
  for (let m = from + 2; m + 1 < toks.length && tokenAt(toks, m + 1).start < end; m++) {
    if (tokenAt(toks, m).text !== ',') continue;
    const next = tokenAt(toks, m + 1);
    if ((SUBJECT_PRONOUNS.has(next.lower) || (next.cap && next.word)) && finiteSoon(toks, m + 2)) return true;
  }
  return false;
}

/** "says in Nova Scotia ambulances are late": a place opening what was said, a verb soon after it. */
export const placeThenClause = (toks: readonly Token[], k: number): boolean =>
  toks[k]?.lower === 'in' && !!toks[k + 1]?.cap && hasVerb(toks, k + 3, k + 6);
