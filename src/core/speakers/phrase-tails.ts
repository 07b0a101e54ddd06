// Phrases between an appositive's commas that end another phrase rather than name a speaker: the rest of
// a name after "and", the region after a place, the campus after a university.
import { REGIONS } from '../lexicon/regions';
import { CAMPUS_HEADS } from '../lexicon/org-heads';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isNameWord } from './name-words';
import type { Phrase } from './speaker-phrase';

/** "…, director of stroke for the Heart and Stroke Foundation, said": a name after "and" right after another
 * name word is the end of one name, not a name of its own. */
export function nameTail(tokens: readonly Token[], inner: Phrase): boolean {
  return tokenAt(tokens, inner.first - 1).lower === 'and' && isNameWord(tokenAt(tokens, inner.first - 2));
}

/** "a nurse in Springfield, Ill., said", "in Columbus, Ohio, said": a region after "Place," is the rest of
 * the place. */
export function placeTail(tokens: readonly Token[], inner: Phrase): boolean {
  const comma = inner.first - 1;
  if (tokens[comma]?.text !== ',' || !tokens[comma - 1] || !isNameWord(tokenAt(tokens, comma - 1)))
    return false;
  const last = tokenAt(tokens, inner.last).text === '.' ? inner.last - 1 : inner.last;
  const words = tokens.slice(inner.first, last + 1).map((t) => t.lower);
  return REGIONS.has(words.join(' ')) || campusTail(tokens, inner);
}

/** "the University of California, Berkeley,": a campus after "University of" a state, between commas, is
 * the rest of its name. */
export function campusTail(tokens: readonly Token[], inner: Phrase): boolean {
  const comma = inner.first - 1;
  return (
    tokens[comma]?.text === ',' &&
    tokenAt(tokens, comma - 2).lower === 'of' &&
    CAMPUS_HEADS.has(tokenAt(tokens, comma - 3).text)
  );
}
