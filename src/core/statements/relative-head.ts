// "A former customer who lost her savings said …": a subject whose relative clause ends in a noun no rule
// reads as a speaker ("her savings said") is the head the "who" describes.
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** Longest relative clause read back through, in tokens. */
const MAX_RELATIVE = 12;

/** The head before a "who" whose clause runs up to token j (the last before the cue), when that head opens
 * its clause; else null. */
export function relativeHead(toks: readonly Token[], j: number, floor: number): Phrase | null {
  // (a comma before the cue closes a description, which the appositive rules read)
  if (!tokenAt(toks, j).word) return null;
  for (let k = j - 1; k > floor && j - k <= MAX_RELATIVE; k--) {
    const t = tokenAt(toks, k);
    if (!t.word) return null;
    if (t.lower !== 'who' && t.lower !== 'whose') continue;
    // (only a restrictive "who": "Beck, who has described …" is the relative pronoun's own rule)
    if (!tokenAt(toks, k - 1).word) return null;
    const p = phraseBefore(toks, k - 1, floor);
    if (!p || p.kind === 'pronoun' || p.kind === 'relative') return null;
    return p.first === floor || !tokenAt(toks, p.first - 1).word ? p : null;
  }
  return null;
}

/** "Psychologists who have worked with separated families say": a source noun that is the object inside a
 * "who" clause (after a word, not opening the clause) is no subject; the head the "who" describes is. So is
 * a name there ("A parent whose son sat the exam in Milton Keynes said", "Voters who backed Tom Baker say"). */
export function objectInRelative(
  toks: readonly Token[],
  before: Phrase | null | undefined,
  j: number,
  floor: number,
): Phrase | null {
  if (!before || !tokenAt(toks, before.first - 1).word) return null;
  return before.kind === 'unnamed' || before.kind === 'proper' ? relativeHead(toks, j, floor) : null;
}
