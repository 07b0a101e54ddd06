// Whether an offset lies inside a quotation, by binary search over the sentences' quotes.
import type { Sentence } from '../sentences/split-sentences';

export function inQuoteTest(sentences: readonly Sentence[]): (offset: number) => boolean {
  const spans = sentences.flatMap((s) => s.quotes.map((q) => q.inner)).sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const q = spans[lo - 1];
    return q !== undefined && offset < q.end;
  };
}
