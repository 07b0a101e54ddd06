// Where reported speech gives way to the speaker's own next predicate: "Reyes said he heard shots at 9 p.m.
// and suspected an attack" — what was said ends at "9 p.m."; "suspected an attack" is what Reyes did.
import { DISTINCT_PAST, SHARED_PAST } from '../lexicon/past-verbs';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { ED_NON_VERBS, LINKING_VERBS, OBJECT_NEXT } from '../lexicon/statement-words';

/** True when token m is "and" (or "and then") opening a past-tense predicate with no subject of its own,
 * after content that began at token k: the speaker's next act, not what they said. */
export function speakerPredicateAt(toks: readonly Token[], m: number, k: number): boolean {
  if (toks[m]?.lower !== 'and') return false;
  let v = m + 1;
  if (toks[v]?.lower === 'then') v++;
  const verb = toks[v];
  if (!verb?.word || verb.cap) return false;
  if (DISTINCT_PAST.has(verb.lower)) return true;
  const past =
    SHARED_PAST.has(verb.lower) || (/^[a-z-]{3,}ed$/.test(verb.lower) && !ED_NON_VERBS.has(verb.lower));
  if (!past || !OBJECT_NEXT.has(toks[v + 1]?.lower ?? '')) return false;
  // "he was arrested and charged with …": a second participle of the content's own passive (a comma before
  // "and" sets the speaker's predicate apart instead)
  if (toks[m - 1]?.text !== ',')
    for (let b = k; b < m; b++) if (LINKING_VERBS.has(tokenAt(toks, b).lower)) return false;
  return true;
}
