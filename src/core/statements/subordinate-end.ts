// "Though Justice Ruiz said she was loath to fine a charity, she found the station at fault": a cue inside an
// opening subordinate clause says only what lies before the main clause's comma.
import { insideQuote } from '../quotes/in-quote';
import { SUBORDINATORS } from '../lexicon/clause-words';
import type { Sentence } from '../sentences/split-sentences';
import { tokenAt, tokenOrNone } from '../text/token-window';
import { COORDINATORS, MAIN_SUBJECT_WORDS } from '../lexicon/clause-boundary-words';
import { hasVerb } from './has-verb';

/** Longest subordinate clause looked through for its comma, in tokens (bounds work on run-on text). */
const MAX_CLAUSE_TOKENS = 80;

/** Where content after token k ends when the cue's subject (at token `subject`) follows a subordinator that
 * opens the sentence or its clause ("Though", "But while"); s.end otherwise. */
export function subordinateEnd(s: Sentence, subject: number, k: number): number {
  const toks = s.tokens;
  const opener = tokenOrNone(toks, subject - 1);
  const before = tokenOrNone(toks, subject - 2);
  if (!opener || !SUBORDINATORS.has(opener.lower)) return s.end;
  if (before && !(COORDINATORS.has(before.lower) || before.text === ',')) return s.end;
  for (let m = k + 1; m + 1 < Math.min(toks.length, k + MAX_CLAUSE_TOKENS); m++) {
    const next = tokenAt(toks, m + 1);
    if (
      tokenAt(toks, m).text === ',' &&
      !insideQuote(s, tokenAt(toks, m).start) &&
      // (or a plain noun and its verb: "…, residents organized a drive")
      (next.cap ||
        MAIN_SUBJECT_WORDS.has(next.lower) ||
        (/^\p{Ll}/u.test(next.text) && hasVerb(toks, m + 2, m + 3)))
    )
      return tokenAt(toks, m).start;
  }
  return s.end;
}
