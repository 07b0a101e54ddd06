// "Children, Community and Social Services Minister Lisa Vandermeer", "the Ministry of Land, Infrastructure,
// Transport and Tourism": a list of what an office is for, its commas and "and" inside one name.
import { ORG_HEADS } from '../lexicon/org-heads';
import { TITLE_WORDS } from '../lexicon/titles';
import type { Token } from '../text/tokenize';
import { isPortfolioWord } from './office-holder-at';

/** Most capitalised words of one item of the list ("Mental Health"), and most tokens of the whole list. */
const MAX_ITEM = 3;
const MAX_LIST = 14;

/** Where a list of portfolios ending at token `end` starts: items of capitalised words each closing on a
 * portfolio's word, joined by commas and a last "and"; -1 when none is there. */
function listStart(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  let joins = 0;
  let start = -1;
  while (k >= floor && end - k < MAX_LIST) {
    const last = tokens[k];
    if (!last?.cap || !isPortfolioWord(last.text)) break;
    let first = k;
    while (
      first - 1 >= floor &&
      k - first + 1 < MAX_ITEM &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.word
    )
      first--;
    start = first;
    const join = tokens[first - 1];
    if (join?.text !== ',' && join?.lower !== 'and' && join?.text !== '&') break;
    joins++;
    k = first - 2;
  }
  return joins > 0 && start >= 0 && start < end ? start : -1;
}

/** The start of a list of portfolios that ends at `end` and belongs to an office: a title after it
 * ("… Services Minister"), or an office's "of" before it ("Ministry of Land, …"); -1 when none does. */
export function portfolioListStart(tokens: readonly Token[], end: number, floor: number): number {
  const start = listStart(tokens, end, floor);
  if (start < 0) return -1;
  const next = tokens[end + 1];
  const head = tokens[start - 2];
  const titled = next?.cap === true && TITLE_WORDS.has(next.lower);
  const office =
    (tokens[start - 1]?.lower === 'of' || tokens[start - 1]?.lower === 'for') &&
    head?.cap === true &&
    (TITLE_WORDS.has(head.lower) || ORG_HEADS.has(head.lower));
  return titled || office ? start : -1;
}

/** The start of a list of portfolios right before the capitalised title at k ("Children, Community and Social
 * Services | Minister"); -1 when k holds no title or no such list ends before it. */
export function listBeforeTitle(tokens: readonly Token[], k: number, floor: number): number {
  const t = tokens[k];
  return t?.cap === true && TITLE_WORDS.has(t.lower) ? portfolioListStart(tokens, k - 1, floor) : -1;
}
