// The noun a prepositional phrase describes, read back past the place or organisation it names: "a
// 29-year-old man from the Netherlands who told me", "Priya Moorjani of the University of California".
import { PREPOSITIONS } from '../lexicon/subject-words';
import { ARTICLES } from '../lexicon/function-words';
import { PLACE_PART_WORDS } from '../lexicon/regions';
import type { Token } from '../text/tokenize';
import { MAX_APPOSITIVE_COMMAS, phraseBefore, type Phrase } from './speaker-phrase';

/** Most lowercase words naming the kind of body before its name ("the law firm Pillsbury"). */
const MAX_KIND_WORDS = 3;
const isKindWord = (t: Token | undefined): boolean =>
  !!t && t.word && !t.cap && !PREPOSITIONS.has(t.lower) && !ARTICLES.has(t.lower);

/** Where the word linking a name to the head it describes stands (a preposition, if any): before the name's
 * article and the kind of body after it ("Jennifer Liu of the law firm Pillsbury"), before the part of a
 * place ("in northwestern Ontario"), or right before the name. */
export function linkBefore(tokens: readonly Token[], name: number): number {
  // ("in northwestern Ontario": past the words for the place's part)
  let first = name;
  while (!tokens[first - 1]?.cap && PLACE_PART_WORDS.has(tokens[first - 1]?.lower ?? '')) first--;
  // (a kind in the singular: not "One of the jobs Perez talks about")
  const kind = !/[^s]s$/.test(tokens[first - 1]?.lower ?? '');
  let k = first;
  while (kind && first - k < MAX_KIND_WORDS && isKindWord(tokens[k - 1])) k--;
  if (k < first && !ARTICLES.has(tokens[k - 1]?.lower ?? '')) k = first;
  return ARTICLES.has(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
}

/** "a 29-year-old man from the Netherlands who told me": a "who" after a name in a prepositional phrase
 * stands for the noun the phrase describes, not the place or organisation it names. */
export function headBeforePlace(
  tokens: readonly Token[],
  p: Phrase,
  floor: number,
  depth: number,
): Phrase | null {
  if (p.kind !== 'proper' || depth >= MAX_APPOSITIVE_COMMAS) return null;
  const b = linkBefore(tokens, p.first);
  if (!PREPOSITIONS.has(tokens[b]?.lower ?? '')) return null;
  const head = phraseBefore(tokens, b - 1, floor, depth + 1);
  // "a professor at the University of California at Berkeley who": past every place and organisation
  return head && (headBeforePlace(tokens, head, floor, depth + 1) ?? head);
}
