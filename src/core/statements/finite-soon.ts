// Whether a clause's verb follows soon: "said the new plan was sound" reports a clause, "said the plan" does not.
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { CONTRACTING_PRONOUNS } from '../lexicon/clause-boundary-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';

/** How far into content a clause's verb may sit ("the new plan for the harbour was sound"), in tokens. */
const FINITE_REACH = 8;

const CONTRACTION = /^(\w+)[’'](?:s|re|ll|d|ve|m)$/;
/** "she’s", "they’re", "who’d": a pronoun with a contracted auxiliary. */
const contractedAuxiliary = (word: string): boolean =>
  CONTRACTING_PRONOUNS.has(CONTRACTION.exec(word)?.[1] ?? '');

/** A finite auxiliary or a contracted one ("she’s", not "the party’s") shortly after k, before any punctuation. */
export function finiteSoon(toks: readonly Token[], k: number): boolean {
  for (let m = k; m < Math.min(toks.length, k + FINITE_REACH) && tokenAt(toks, m).word; m++)
    if (FINITE_AUXILIARIES.has(tokenAt(toks, m).lower) || contractedAuxiliary(tokenAt(toks, m).lower))
      return true;
  return false;
}
