// Whether an offset lies inside a quotation's words, over all the sentences' quotes (in text order).
import type { Sentence } from '../sentences/split-sentences';
import { quoteAround } from './quote-lookup';

export function inQuoteTest(sentences: readonly Sentence[]): (offset: number) => boolean {
  const quotes = sentences.flatMap((s) => s.quotes);
  return (offset) => quoteAround(quotes, offset) !== undefined;
}

/** True when offset lies between the marks of one of this sentence's quotes. */
export function insideQuote(s: Sentence, offset: number): boolean {
  return quoteAround(s.quotes, offset) !== undefined;
}
