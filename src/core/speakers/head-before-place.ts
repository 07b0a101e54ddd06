// The noun a prepositional phrase describes, read back past the place or organisation it names: "a
// 29-year-old man from the Netherlands who told me", "Priya Moorjani of the University of California".
import { PREPOSITIONS } from '../lexicon/subject-words';
import type { Token } from '../text/tokenize';
import { MAX_APPOSITIVE_COMMAS, phraseBefore, type Phrase } from './speaker-phrase';

/** "a 29-year-old man from the Netherlands who told me": a "who" after a name in a prepositional phrase
 * stands for the noun the phrase describes, not the place or organisation it names. */
export function headBeforePlace(
  tokens: readonly Token[],
  p: Phrase,
  floor: number,
  depth: number,
): Phrase | null {
  if (p.kind !== 'proper' || depth >= MAX_APPOSITIVE_COMMAS) return null;
  const b = tokens[p.first - 1]?.lower === 'the' ? p.first - 2 : p.first - 1;
  if (!PREPOSITIONS.has(tokens[b]?.lower ?? '')) return null;
  const head = phraseBefore(tokens, b - 1, floor, depth + 1);
  // "a professor at the University of California at Berkeley who": past every place and organisation
  return head && (headBeforePlace(tokens, head, floor, depth + 1) ?? head);
}
