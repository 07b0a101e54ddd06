// Whether an "and" joins the words of one organisation's name rather than two names (split from
// name-words.ts).
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_HEADS } from '../lexicon/org-heads';
import { withoutPossessive } from '../text/possessive';
import { singularOf } from '../text/singular-of';
import { itemAt } from '../text/item-at';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isNameWord, properBack } from './name-words';
import { officeOfTwo } from './office-of-two';
import { isKnownOrgName } from './organization-name';

/** "the Department of Health and Human Services", "the Heart and Stroke Foundation", "the Domestic Trade and
 * Cost of Living Ministry": an "and" between name words inside one organisation's name, known by its head
 * word; "Smith and Jones" stay two names. */
export function joinsOrgName(tokens: readonly Token[], k: number, j: number, floor: number): boolean {
  const and = tokens[k - 1];
  if ((and?.lower !== 'and' && and?.text !== '&') || k - 2 < floor || !isNameWord(tokenAt(tokens, k - 2)))
    return false;
  // ("the Centers for Disease Control and Prevention": a plural head too)
  const head = (ts: readonly Token[]): boolean =>
    ts.some((t) => ORG_HEADS.has(withoutPossessive(t.lower)) || (t.cap && ORG_HEADS.has(singularOf(t.text))));
  const after = tokens.slice(k, j + 1);
  // The head before the "and" ("Department of Health and …"), or after it in a plain run ("Heart and
  // Stroke Foundation"); "David Albright and Serena Ross of the Institute" are people of it.
  const first = properBack(tokens, k - 2, floor);
  const whole = tokens.slice(first, j + 1).map((t) => t.text);
  return (
    isKnownOrgName(whole.join(' ')) || // "The Globe and Mail", "Johnson & Johnson": a name known whole
    head(tokens.slice(first, k - 1)) ||
    (head(after) && (!after.some((t) => t.lower === 'of' || t.lower === 'for') || headEnded(whole))) ||
    officeOfTwo(tokens.slice(first, k - 1))
  );
}

/** Words closing on an organisation's head with no given name among them: one name whatever joins its words
 * ("Cost of Living Ministry"; "Serena Ross of the Institute" is someone of it). */
const headEnded = (words: readonly string[]): boolean =>
  ORG_HEADS.has(itemAt(words, words.length - 1).toLowerCase()) &&
  !words.some((w) => FIRST_NAMES.has(w.toLowerCase()));
