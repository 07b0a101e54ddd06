// Re-finding a statement after the page re-renders, as Hypothesis's match-quote.ts does: keep the
// quote with 32 characters of context on each side and its old position; look for the quote in the
// new text (exact first, then approximate) and keep the candidate whose context and place fit best.
import search from 'approx-string-match';
import type { Span } from '../core/types';

export interface QuoteAnchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Where the quote started in the text it was described from: a tie-breaker, not a requirement. */
  readonly start: number;
}

/** Hypothesis's context length: long enough to tell repeated phrases apart, short enough to survive edits. */
const CONTEXT_CHARS = 32;

// Weights of one candidate's score (Hypothesis's values): the quote itself matters most, each side's
// context next, the old position only breaks ties between otherwise equal candidates.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/**
 * Share of the quote that may differ. Lower than Hypothesis's 1/2: a highlight on the wrong words is
 * worse for a reader than a missing one, and re-renders rarely change more than a few characters.
 */
const MAX_ERROR_SHARE = 0.25;
/** approx-string-match's cost grows with the allowed errors; Hypothesis caps them the same way. */
const MAX_ERRORS = 256;
/** Exact occurrences scored before giving up on a very common phrase. */
const MAX_EXACT_CANDIDATES = 100;

/** The selectors kept for a span of text. */
export function describeSpan(text: string, span: Span): QuoteAnchor {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_CHARS),
    start: span.start,
  };
}

/** Similarity in [0, 1] of `actual` to `expected`, by edit distance. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

interface Candidate extends Span {
  readonly errors: number;
}

function score(text: string, anchor: QuoteAnchor, candidate: Candidate): number {
  const quoteScore = 1 - candidate.errors / anchor.exact.length;
  const prefixScore = similarity(
    text.slice(Math.max(0, candidate.start - anchor.prefix.length), candidate.start),
    anchor.prefix,
  );
  const suffixScore = similarity(
    text.slice(candidate.end, candidate.end + anchor.suffix.length),
    anchor.suffix,
  );
  const positionScore = 1 - Math.abs(candidate.start - anchor.start) / Math.max(1, text.length);
  return (
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
  );
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (
    let at = text.indexOf(exact);
    at >= 0 && found.length < MAX_EXACT_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** Where the anchored quote is in `text` now, or null when it is gone. */
export function anchorQuote(text: string, anchor: QuoteAnchor): Span | null {
  if (anchor.exact.length === 0) return null;
  // Fast path: the quote is unchanged and sits where it was with the same context.
  if (text.startsWith(anchor.exact, anchor.start) && text.slice(0, anchor.start).endsWith(anchor.prefix)) {
    return { start: anchor.start, end: anchor.start + anchor.exact.length };
  }
  let candidates: Candidate[] = exactCandidates(text, anchor.exact);
  if (candidates.length === 0) {
    const maxErrors = Math.min(MAX_ERRORS, Math.floor(anchor.exact.length * MAX_ERROR_SHARE));
    candidates = search(text, anchor.exact, maxErrors);
  }
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    const value = score(text, anchor, candidate);
    if (value > bestScore) [best, bestScore] = [candidate, value];
  }
  return best ? { start: best.start, end: best.end } : null;
}
