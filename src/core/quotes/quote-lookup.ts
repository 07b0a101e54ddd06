// Logarithmic lookups in a sentence's quotes (sorted, non-overlapping), so hostile text with thousands
// of quote marks stays linear overall.
import type { Quote } from './find-quotes';
import { itemAt } from '../text/item-at';

/** Index of the last quote starting at or before offset, or -1. */
function lastStartingBy(quotes: readonly Quote[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (itemAt(quotes, mid).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The quote whose words contain offset. */
export function quoteAround(quotes: readonly Quote[], offset: number): Quote | undefined {
  if (quotes.length === 0) return undefined; // the common case; also avoids a slow quotes[-1] lookup
  const i = lastStartingBy(quotes, offset);
  const q = i >= 0 ? quotes[i] : undefined;
  return q && q.inner.start <= offset && offset < q.inner.end ? q : undefined;
}

export function quoteStartingAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  const i = quotes.length ? lastStartingBy(quotes, offset) : -1;
  const q = i >= 0 ? quotes[i] : undefined;
  return q?.start === offset ? q : undefined;
}

/** The last quote ending at or before offset. */
export function quoteEndingBy(quotes: readonly Quote[], offset: number): Quote | undefined {
  for (let i = lastStartingBy(quotes, offset); i >= 0; i--)
    if (itemAt(quotes, i).end <= offset) return quotes[i];
  return undefined;
}
