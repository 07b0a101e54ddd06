// Tokens that join the words of one name where a name would otherwise end: a rank's hyphen ("Lt.-Gen."), an
// organisation's "on" ("Committee on Taxation") and its "of the" ("Armed Forces of the Philippines").
// Split from name-words.ts.
import { ORG_HEADS } from '../lexicon/org-heads';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isAbbrevDot } from './name-words';

/** "Lt.-Gen.", "Det.-Sgt.": a rank written short, a hyphen and the rank at k. */
export const hyphenedRank = (tokens: readonly Token[], k: number): boolean =>
  tokens[k - 1]?.text === '-' &&
  isAbbrevDot(tokens, k - 2) &&
  TITLE_ABBREVIATIONS.has(tokens[k - 3]?.lower ?? '') &&
  TITLE_ABBREVIATIONS.has(tokens[k]?.lower ?? '');

/** "Committee on Taxation", "Council on Foreign Relations": "on" after an organisation's head joins its name. */
export const onAfterHead = (tokens: readonly Token[], k: number): boolean =>
  tokenAt(tokens, k).lower === 'on' && ORG_HEADS.has(tokens[k - 1]?.lower ?? '');

/** "Institute for the Study of War", "Armed Forces of the Philippines": "the" after an organisation's
 * capitalised head and its "for" or "of" joins its name (not "Ana Ruiz of the Sierra Club"). */
export function theAfterHead(tokens: readonly Token[], k: number): boolean {
  const joiner = tokenAt(tokens, k - 1).lower;
  const head = tokenAt(tokens, k - 2);
  return (
    tokenAt(tokens, k).text === 'the' &&
    (joiner === 'of' || joiner === 'for') &&
    head.cap &&
    ORG_HEADS.has(head.lower)
  );
}
