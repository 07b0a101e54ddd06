// An "and" inside one office's name: "Minister of Industry and Trade Mary Collins".
import { FIRST_NAMES } from '../lexicon/first-names';
import { TITLE_WORDS } from '../lexicon/titles';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** "Minister of Industry and Trade Mary Collins", "Secretary of Health and Human Services": a title's "of" and
 * then what the office is for, no person's name ("Secretary of State John Kerry and …" is one of two). */
export function officeOfTwo(before: readonly Token[]): boolean {
  const of = before.findIndex((t) => t.lower === 'of');
  return (
    of > 0 &&
    TITLE_WORDS.has(tokenAt(before, of - 1).lower) &&
    before.slice(of + 1).every((t) => t.cap && !FIRST_NAMES.has(t.lower))
  );
}
