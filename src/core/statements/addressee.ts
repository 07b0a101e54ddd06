// Whom "told" (or a channel "to") addresses: "told reporters", "told local television", "told The Associated
// Press", "in a note to clients".
import { ADDRESSEES, PROGRAMME_NOUNS } from '../lexicon/addressees';
import { BROADCASTER_MODIFIERS, BROADCASTER_NOUNS } from '../lexicon/statement-words';
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';

/** The addressee of "told" starting at token k, as a token span: "told local television", "told reporters",
 * "told The Associated Press". */
export function addressee(tokens: readonly Token[], k: number, end: number): [number, number] | null {
  const t = tokenAt(tokens, k);
  if (BROADCASTER_MODIFIERS.has(t.lower) && BROADCASTER_NOUNS.has(tokens[k + 1]?.lower ?? ''))
    return [k, k + 1];
  if (ADDRESSEES.has(t.lower)) return [k, k];
  // "told the court", "told the jury"
  if (t.lower === 'the' && ADDRESSEES.has(tokens[k + 1]?.lower ?? '') && k + 1 < end) return [k, k + 1];
  if (!t.cap && t.lower !== 'the') return null;
  let m = k;
  while (
    m + 1 < end &&
    (tokenAt(tokens, m + 1).cap ||
      (tokenAt(tokens, m + 1).text === '.' && tokens[m + 2]?.cap) ||
      (tokenAt(tokens, m + 1).lower === 'of' && tokens[m + 2]?.cap)) &&
    m - k < 6
  )
    m++;
  // "told NBC's “Today” show": past a programme's quoted name to the noun after it
  const title = titleEnd(tokens, m + 1, end);
  if (title > 0) return [k, title + 1];
  if (!tokenAt(tokens, m).cap) return null;
  // "asked the Cleveland crowd “…”": a name may modify the addressee noun
  const noun = tokens[m + 1]?.lower ?? '';
  return ADDRESSEES.has(noun) &&
    !OBJECT_PRONOUNS.has(noun) &&
    !THIRD_PERSON_POSSESSIVES.has(noun) &&
    m + 1 < end
    ? [k, m + 1]
    : [k, m];
}

/** Where a programme's quoted name opening at i closes, when a programme's noun follows it ("“Today” show",
 * "“Face the Nation” program"); else -1. */
function titleEnd(tokens: readonly Token[], i: number, end: number): number {
  if (!OPENING_MARKS.has(tokens[i]?.text ?? '') || !tokens[i + 1]?.cap) return -1;
  for (let c = i + 1; c <= i + MAX_TITLE_WORDS && c + 2 < end && tokens[c]?.word; c++)
    if (CLOSING_MARKS.has(tokens[c + 1]?.text ?? '') && PROGRAMME_NOUNS.has(tokens[c + 2]?.lower ?? ''))
      return c + 1;
  return -1;
}
/** Longest programme name read between its marks, in words. */
const MAX_TITLE_WORDS = 4;
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”']);
