// Title words inside a name read back from its end (name-words.ts): "state Sen.", "Under Secretary", "Special
// Agent in Charge".
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_IN_TAILS, TITLE_PREFIXES } from '../lexicon/title-kinds';
import { OFFICE_BODIES, TITLE_WORDS } from '../lexicon/titles';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** A title word at i that a name's run takes in: a lowercase one ("state senator"), or a capitalised word
 * that opens a title before its title word ("Under Secretary Alan Whitcombe"). */
export function titleWordAt(tokens: readonly Token[], i: number): boolean {
  const t = tokenAt(tokens, i);
  if (t.word && TITLE_WORDS.has(t.lower) && !t.cap) return true;
  return t.cap && TITLE_PREFIXES.has(t.lower) && TITLE_WORDS.has(tokens[i + 1]?.lower ?? '');
}

/** "Special Agent in Charge": "in" inside an office's title, before the word that ends it. */
export const inTitle = (tokens: readonly Token[], k: number): boolean =>
  tokenAt(tokens, k).lower === 'in' &&
  tokens[k + 1]?.cap === true &&
  TITLE_IN_TAILS.has(tokens[k + 1]?.lower ?? '') &&
  (TITLE_WORDS.has(tokens[k - 1]?.lower ?? '') || PERSON_ROLE_NOUNS.has(tokens[k - 1]?.lower ?? ''));

/** Where a title that goes on at token k starts, or -1: an "and" joining two titles of one person
 * ("Chairman and Chief Executive Javier Ortega", "chief pollster and strategist Joel Benenson"), or a
 * capitalised title's "of the" before the body it heads ("Speaker of the House Nancy Pelosi"). */
export function titleJoinBack(tokens: readonly Token[], k: number, floor: number): number {
  const before = tokens[k - 1]?.lower;
  if (before === 'and' && k - 2 >= floor && titleOf(tokens, k) && titleOf(tokens, k - 2)) return k - 1;
  const office = tokenAt(tokens, k - 3);
  // (a body the title words know, as in "House Speaker": "the Chamber Arthur Lins" is no office's)
  const body = tokenAt(tokens, k);
  // (an office of the Opposition only before a name: "the Leader of the Opposition said" is a description)
  const bodyWord =
    TITLE_WORDS.has(body.lower) || (OFFICE_BODIES.has(body.lower) && tokens[k + 1]?.cap === true);
  const ofThe = before === 'the' && tokens[k - 2]?.lower === 'of' && body.cap && bodyWord;
  return ofThe && k - 3 >= floor && office.cap && TITLE_WORDS.has(office.lower) ? k - 2 : -1;
}
const titleOf = (tokens: readonly Token[], i: number): boolean =>
  titleWordAt(tokens, i) || TITLE_WORDS.has(tokenAt(tokens, i).lower);
