// One anchored statement as the anchor stage makes it. Its quote selector (the quote and 32 characters
// either side) is read from the text it was anchored in only when a refresh asks for it: made up front,
// its object and three slices were 130,000 objects on the 5 MB article that every garbage collection in
// the pass went over (stalls of 30-60 ms in Chromium), for a selector that article never uses.
import type { Statement } from '../core/types';
import { describeSpan, type QuoteAnchor } from '../page/anchor';
import type { AnchoredStatement } from './page-analysis';

export class AnchoredEntry implements AnchoredStatement {
  constructor(
    readonly statement: Statement,
    /** The text the statement's offsets are in (the article's, shared by every entry: no copy). */
    private readonly text: string,
    readonly range: AbstractRange | null,
    readonly mentionRange: AbstractRange | null,
    readonly color: number,
  ) {}

  get quote(): QuoteAnchor {
    return describeSpan(this.text, this.statement);
  }
}
