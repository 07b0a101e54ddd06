// Whether a stretch of tokens holds a finite verb: what tells a clause ("the rink was unsafe") from a noun
// phrase ("Director, security response at Symantec") without a parser.
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { DISTINCT_PAST, SHARED_PAST } from '../lexicon/past-verbs';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';

/** Words whose ’s is "is" or "has", not a possessive. */
const CONTRACTED_IS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'that',
  'there',
  'what',
  'who',
  'here',
  'where',
]);

/** A past form: regular ("signed") or irregular ("set", "held"). */
export const isPastForm = (w: string): boolean =>
  /^[a-z]{3,}ed$/.test(w) || DISTINCT_PAST.has(w) || SHARED_PAST.has(w);

/** A finite verb among tokens from…to-1 (auxiliaries, -ed and irregular past forms, contracted auxiliaries). */
export function hasVerb(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tokenAt(toks, i).lower;
    if (FINITE_AUXILIARIES.has(w) || isPastForm(w)) return true;
    if (/[’'](re|ve|ll|d)$/.test(w) || /n[’']t$/.test(w)) return true;
    // "he’s", "that’s": an auxiliary; "the campaign’s announcement": a possessive
    if (CONTRACTED_IS.has(w.replace(/[’']s$/, '')) && /[’']s$/.test(w)) return true;
  }
  return false;
}
