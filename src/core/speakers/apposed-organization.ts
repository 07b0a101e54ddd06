// "The utility regulator, the Highlands Energy Board, said", "A rival group, Uniting for Consensus, said": an
// organisation's name set off after a description of it is who speaks, not the description.
import { ARTICLES } from '../lexicon/function-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { isOrganizationName } from './organization-name';
import type { Phrase } from './speaker-phrase';

/** The phrase `inner` (capitalised words, after a "the" or not) follows a comma, closes before the cue's
 * comma, and is an organisation's name. */
export function apposedOrganization(tokens: readonly Token[], inner: Phrase): boolean {
  const the = ARTICLES.has(tokenAt(tokens, inner.first).lower) ? 1 : 0;
  const words = tokens.slice(inner.first + the, inner.last + 1);
  return (
    words.every((t) => t.cap || !t.word) &&
    tokens[inner.first - 1]?.text === ',' &&
    tokens[inner.last + 1]?.text === ',' &&
    isOrganizationName(words.map((t) => t.text).join(' '))
  );
}
