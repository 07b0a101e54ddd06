// "a fishmonger named Khady Ndour said", "a trader called Ali Musa": the description a name is introduced by,
// before "named" or "called" rather than in apposition.
import { ARTICLES } from '../lexicon/function-words';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { described } from './description-words';

/** Words that introduce a name after its description. */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named']);
/** Most words from the article to "named" ("a 27-year-old gold digger named"). */
const MAX_WORDS = 6;

/** The description before the "named" or "called" right before the name at token `first`, opening on an
 * article ("a", "the", "another"); null when there is none. */
export function namedDescription(toks: readonly Token[], first: number): string | null {
  const naming = first - 1;
  if (!NAMING_WORDS.has(toks[naming]?.lower ?? '')) return null;
  for (let from = naming - 1; from >= 0 && naming - from <= MAX_WORDS; from--) {
    const t = tokenAt(toks, from);
    if (ARTICLES.has(t.lower) || t.lower === 'another') return described(toks, from, naming);
    if (!t.word || t.cap) return null;
  }
  return null;
}
