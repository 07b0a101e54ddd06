// "…, as China warned against “bloc confrontation.”": an "as" clause whose cue has words of its own after it
// is another statement, unlike the aside "…, as the Fed noted." that reports what came before it.
import { cueForm } from '../cues/find-cues';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** Longest subject between "as" and its cue verb, in tokens. */
const MAX_SUBJECT = 6;

/** The "as" at token a opens a clause whose cue verb takes words after it ("as China warned against …",
 * "as officials reported damage …"), not an aside ("as the Fed noted.", "as he put it", "as reported by"):
 * its subject starts a finite clause, or is a word that is no cue of its own. */
export function asClauseWithContent(toks: readonly Token[], a: number, finite: ReadonlySet<number>): boolean {
  const subject = toks[a + 1];
  if (!finite.has(a + 1) && !(subject?.word && cueForm(subject.lower) === undefined)) return false;
  let cue = -1;
  let k = a + 1;
  for (; k < toks.length && k - a <= MAX_SUBJECT + 1 && tokenAt(toks, k).word; k++) {
    const t = tokenAt(toks, k);
    if (!t.cap && cueForm(t.lower)) cue = k; // the last one: "as a White House call readout said,"
  }
  // words after the cue before the clause ends, other than "as he put it"
  return cue > 0 && k > cue + 1 && tokenAt(toks, cue + 1).lower !== 'it';
}
