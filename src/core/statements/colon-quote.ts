// A colon between a cue and a quote: "explained the numbers this way: “…”" (the quote is what was said), unless
// the quote has a cue of its own right after it ("declared the need for resolve: “…,” she said").
import { quoteStartingAt } from '../quotes/quote-lookup';
import type { Sentence } from '../sentences/split-sentences';
import { tokenAt } from '../text/token-window';
import type { CueScan } from './cue-scan';
import { firstTokenFrom } from '../text/token-index';

/** Most words between a cue and a colon that introduces its quote ("explained the numbers this way: “…”"). */
const MAX_COLON_LEAD = 8;

/** Where content after token k starts: at the quote a colon introduces shortly after the cue ("explained the
 * numbers this way: “…”"), else at token k. */
export function colonQuoteStart(s: Sentence, k: number, end: number): number {
  const toks = s.tokens;
  for (let m = k; m < toks.length && m - k <= MAX_COLON_LEAD && tokenAt(toks, m).start < end; m++) {
    if (!tokenAt(toks, m).word && tokenAt(toks, m).text !== ':') return tokenAt(toks, k).start;
    if (tokenAt(toks, m).text === ':' && m > k && quoteStartingAt(s.quotes, toks[m + 1]?.start ?? -1))
      return tokenAt(toks, m + 1).start;
  }
  return tokenAt(toks, k).start;
}

/** "Rhimes declared the need for resolve: “…,” she said": a quote starting at `from` with a cue of its own
 * right after it ("she said", "said Rhimes") is that cue's statement. */
export function quoteHasOwnCue(scan: CueScan, from: number): boolean {
  const q = quoteStartingAt(scan.s.quotes, from);
  if (!q) return false;
  const e = firstTokenFrom(scan.toks, q.end);
  return e >= 0 && (scan.subjects.has(e) || scan.subjects.has(e + 1));
}

/** "declared the need for strong will, ambition and drive: “…,” she said": content from token `from` that
 * reaches a colon before such a quote ends at the colon. */
export function colonBeforeOwnQuote(scan: CueScan, from: number, end: number): number {
  const toks = scan.toks;
  for (let m = from + 1; m < toks.length - 1 && tokenAt(toks, m).start < end; m++)
    if (tokenAt(toks, m).text === ':' && quoteHasOwnCue(scan, tokenAt(toks, m + 1).start))
      return tokenAt(toks, m).start;
  return end;
}
