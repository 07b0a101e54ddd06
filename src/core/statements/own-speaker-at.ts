// Whether another speaker's clause starts after a cue's comma ("…, Kress said, but she warned that …", "…, as
// advocates have alleged, the governor said …"): then what follows is theirs. Split from after-cue.ts.
import { cueForm } from '../cues/find-cues';
import { SAY_LIKE_CUE_VERBS, TELL_LIKE_CUE_VERBS } from '../lexicon/cue-verbs';
import { tokenAt } from '../text/token-window';
import type { CueScan } from './cue-scan';

/** Most words of a subject before its cue after a joining word ("but | the Israeli military | said"). */
const MAX_JOINED_SUBJECT = 4;

/** A finite clause of another speaker starts within a few words from k, with no mark between. */
export function ownClauseAt(scan: CueScan, k: number): boolean {
  for (let m = k; m < k + MAX_JOINED_SUBJECT && tokenAt(scan.toks, m).word; m++)
    if (scan.finite.has(m)) return true;
  return false;
}

/** "…, as advocates have alleged for years, the governor said there was no evidence": a cue whose subject
 * opens the clause at k says what follows; no aside before it does. */
export function cueWithSubjectAt(scan: CueScan, k: number): boolean {
  for (let m = k + 1; m <= k + MAX_JOINED_SUBJECT && tokenAt(scan.toks, m - 1).word; m++) {
    const first = scan.subjects.get(m)?.first ?? -1;
    // (a verb of saying, not "the RNC agreed to …", which may be what was revealed)
    const lemma = cueForm(tokenAt(scan.toks, m).lower)?.lemma ?? '';
    const says = SAY_LIKE_CUE_VERBS.has(lemma) || TELL_LIKE_CUE_VERBS.has(lemma);
    if (says && (first === k || first === k + 1)) return true; // (its article before it, or not)
  }
  return false;
}
