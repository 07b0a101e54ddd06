// What the pass knows of the page: where the article is, its text, what the core found in it, and where
// each statement sits in the live DOM.
import type { Analysis, Statement } from '../core/types';
import type { QuoteAnchor } from '../page/anchor';
import type { ExtractedArticle } from '../page/extract-article';
import type { LocatedArticle } from '../page/locate-article';
import type { AnalyzedCopy } from './locate-in-background';

/** The article on the page: its live container and metadata, and its text with the text map. */
export interface ArticleOnPage {
  readonly located: LocatedArticle;
  readonly article: ExtractedArticle;
  /** The background's analysis of the article as read in a copy of the page (the first pass only). */
  readonly analyzed?: Promise<AnalyzedCopy | null>;
}

export interface AnchoredStatement {
  readonly statement: Statement;
  /** The quote selector a refresh re-anchors by when the text has changed. */
  readonly quote: QuoteAnchor;
  /** Where the statement and its speaker's mention are: a spot (page/spot.ts) until a live Range is needed. */
  readonly range: AbstractRange | null;
  readonly mentionRange: AbstractRange | null;
  readonly color: number;
}

export interface PageAnalysis extends ArticleOnPage {
  readonly analysis: Analysis;
  readonly anchored: readonly AnchoredStatement[];
}
