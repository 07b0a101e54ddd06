// "Children, Community and Social Services Minister Lisa Vandermeer", "the Ministry of Land, Infrastructure,
// Transport and Tourism": a list of what an office is for, its commas and "and" inside one name.
import { ORG_HEADS } from '../lexicon/org-heads';
import { TITLE_WORDS } from '../lexicon/titles';
import type { Token } from '../text/tokenize';
import { isPortfolioWord } from './office-holder-at';
import { isKnownOrgName } from './organization-name';
import { PLACES } from '../lexicon/places';
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_HEAD_SYNONYMS } from '../lexicon/organizations';

/** A union's heads ("Union", "Federation", "Workers"): a list of trades may come before them. */
const UNION_HEADS = ['union', ...(ORG_HEAD_SYNONYMS['union'] ?? [])];

/** Words between an office and what it is for ("Ministry of", "Council on", "Secretary for"). */
export const OFFICE_OF: ReadonlySet<string> = new Set(['for', 'of', 'on']);

/** Most capitalised words of one item of the list ("Mental Health"), and most tokens of the whole list. */
const MAX_ITEM = 3;
const MAX_LIST = 14;

/** Where a list of portfolios ending at token `end` starts: items of capitalised words each closing on a
 * portfolio's word (or, `loose`, any one of them: "Research, Technology and Space"), joined by commas and a
 * last "and"; -1 when none is there. */
function listStart(tokens: readonly Token[], end: number, floor: number, loose = false): number {
  let k = end;
  let joins = 0;
  let start = -1;
  let portfolios = 0;
  let named = false; // (a loose list names no one: not "Minister for Mining, Rainbo Paita")
  while (k >= floor && end - k < MAX_LIST) {
    const last = tokens[k];
    const portfolio = isPortfolioWord(last?.text ?? '');
    // (a company or place is no portfolio: "the Ministry of Finance, Toyota and Honda")
    const other = !loose || isKnownOrgName(last?.text ?? '') || PLACES.has(last?.lower ?? '');
    if (!last?.cap || !last.word || (!portfolio && other)) break;
    if (portfolio) portfolios++;
    let first = k;
    while (
      first - 1 >= floor &&
      k - first + 1 < MAX_ITEM &&
      tokens[first - 1]?.cap &&
      tokens[first - 1]?.word
    )
      first--;
    start = first;
    named ||= tokens.slice(first, k + 1).some((t) => FIRST_NAMES.has(t.lower));
    // ("Agriculture, Food and the Marine": the last item may keep its article)
    const article = tokens[first - 1]?.lower === 'the' && tokens[first - 2]?.lower === 'and' ? 1 : 0;
    const join = tokens[first - 1 - article];
    const and = join?.lower === 'and' || join?.text === '&';
    // (a loose list closes on "and": "Research, Technology and Space")
    if ((join?.text !== ',' && !and) || (loose && joins === 0 && !and)) break;
    joins++;
    k = first - 2 - article;
  }
  // (a union's list of trades has none: "Rail, Tram and Bus Union")
  const found = joins > 0 && start >= 0 && start < end && (portfolios > 0 || (loose && unionAt(tokens, end)));
  return found && !(loose && named) ? start : -1;
}

/** The start of a list of portfolios that ends at `end` and belongs to an office: a title after it
 * ("… Services Minister"), or an office's "of" before it ("Ministry of Land, …"); -1 when none does. */
export function portfolioListStart(tokens: readonly Token[], end: number, floor: number): number {
  const strict = listStart(tokens, end, floor);
  // ("the Ministry of Research, Technology and Space", "the Council on Children, Youth and Family Services":
  // after an office's own "of", not every item need be a portfolio's word)
  const start = strict >= 0 ? strict : listStart(tokens, end, floor, true);
  if (start < 0) return -1;
  const next = tokens[end + 1];
  const head = tokens[start - 2];
  const titled = next?.cap === true && TITLE_WORDS.has(next.lower);
  const office =
    OFFICE_OF.has(tokens[start - 1]?.lower ?? '') &&
    head?.cap === true &&
    (TITLE_WORDS.has(head.lower) || ORG_HEADS.has(head.lower));
  return titled || office || unionAt(tokens, end) ? start : -1;
}

/** Token k is a union's head ("Kenya Medical Practitioners, Pharmacists and Dentists Union"). */
const unionAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.cap === true && UNION_HEADS.includes(tokens[k]?.lower ?? '');

/** The start of a list of portfolios right before the capitalised title at k ("Children, Community and Social
 * Services | Minister"), or ending at k after its "and" ("Minister for Agriculture, Food and the Marine |
 * Charlie Doyle"); -1 when there is none. */
export function portfolioListBack(tokens: readonly Token[], k: number, floor: number): number {
  const t = tokens[k];
  const titled = t?.cap === true && TITLE_WORDS.has(t.lower) ? portfolioListStart(tokens, k - 1, floor) : -1;
  // (a portfolio may be a title's word too: "Minister for Foreign Affairs and Trade Penny Wong")
  if (titled >= 0) return titled;
  const before = tokens[k - 1]?.lower;
  return t?.cap === true && (before === 'and' || before === 'the')
    ? portfolioListStart(tokens, k, floor)
    : -1;
}
