// The always-injected gate: is this page a news article? Must stay tiny and cheap (≤ 1 ms on a
// non-article page): meta tags and JSON-LD first, Readability's own quick check last.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { readJsonLd, typesOf } from './json-ld';

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'LiveBlogPosting', 'BlogPosting',
  'Report', 'ScholarlyArticle', 'SatiricalArticle',
]); // prettier-ignore

export type ArticleEvidence = 'json-ld' | 'og:type' | 'readerable' | null;

/** Why the page counts as an article, or null when it does not. */
export function detectArticle(doc: Document): ArticleEvidence {
  // Not doc.body: linkedom creates a missing <body> on access, and the page must stay untouched.
  if (!doc.documentElement) return null;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') return 'og:type';
  // Cheap pre-check: most pages carry no JSON-LD at all.
  if (doc.querySelector('script[type="application/ld+json"]')) {
    if (readJsonLd(doc).some((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type))))
      return 'json-ld';
  }
  return isProbablyReaderable(doc) ? 'readerable' : null;
}
