// Names before a description's head: a name or two modifying it ("Iran project director at …") or owning
// it ("Color of Change's executive director"). Split from description-words.ts.
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { isNameWord } from '../speakers/name-words';
import type { Token } from '../text/tokenize';

/** Most capitalised words modifying a lowercase head ("Iran project director", "UK economist"). */
const MAX_NAMED_MODIFIER = 3;

/** "Iran project director at …", "UK economist at …": a name or two modifying the lowercase head at `at`,
 * with no capital, article or possessive between (not "One patient", nor "Lewandowski never touched the
 * reporter"); `lower`: the first lowercase word. */
export function namedModifier(words: readonly Token[], lower: number, at: number): boolean {
  return (
    lower > 0 &&
    words.slice(0, lower).filter((t) => t.word).length <= MAX_NAMED_MODIFIER &&
    lower <= at &&
    words.slice(0, lower).every((t) => isNameWord(t) || !t.word) &&
    words
      .slice(lower, at + 1)
      .every((t) => !t.cap && !ARTICLES.has(t.lower) && !POSSESSIVE_DETERMINERS.has(t.lower))
  );
}

/** The words before the possessive at `owner` are a name ("Mrs. Clinton's", "Color of Change's", "Trinidad
 * and Tobago's"): capitalised words, their dots, and short lowercase words between capitals. */
export const ownerName = (words: readonly Token[], owner: number): boolean =>
  words
    .slice(0, owner)
    .every(
      (t, k) =>
        isNameWord(t) || !t.word || (t.lower.length <= 3 && !!words[k - 1]?.cap && !!words[k + 1]?.cap),
    );
