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

/**
 * Readability's quick check scores every paragraph of the page; on a huge non-article page that alone
 * costs milliseconds. Paragraphs after this many count as invisible, so the check ends soon after: a
 * real article passes within its first few dozen paragraphs. A count, not a clock, so that the answer
 * is the same in every environment.
 */
const READERABLE_MAX_NODES = 300;

/** Readability's own visibility test, plus the node cap. */
function visibleWithinCap(): (node: Node) => boolean {
  let seen = 0;
  return (node) => {
    if (++seen > READERABLE_MAX_NODES) return false;
    const element = node as HTMLElement;
    return (
      element.style?.display !== 'none' &&
      !element.hasAttribute('hidden') &&
      element.getAttribute('aria-hidden') !== 'true'
    );
  };
}

/**
 * Documents that are markup. A text/plain file (or JSON, or an image) the browser wraps in a <pre> is
 * not a news article: analysing a 5 MB log would block the tab for seconds. The panel can still ask.
 */
const MARKUP_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

export type ArticleEvidence = 'json-ld' | 'og:type' | 'readerable' | null;

/** Why the page counts as an article, or null when it does not. */
export function detectArticle(doc: Document): ArticleEvidence {
  // Not doc.body: linkedom creates a missing <body> on access, and the page must stay untouched.
  if (!doc.documentElement) return null;
  // typeof: a page can clobber document.contentType with an <img name="contentType">.
  const type: unknown = doc.contentType;
  if (typeof type === 'string' && type !== '' && !MARKUP_TYPES.has(type)) return null;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') return 'og:type';
  // Cheap pre-check: most pages carry no JSON-LD at all.
  if (doc.querySelector('script[type="application/ld+json"]')) {
    if (readJsonLd(doc).some((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type))))
      return 'json-ld';
  }
  return isProbablyReaderable(doc, { visibilityChecker: visibleWithinCap() }) ? 'readerable' : null;
}
