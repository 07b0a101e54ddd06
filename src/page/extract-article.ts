// Finds the article on a page: Readability (on a clone, since it rewrites its input) says which text
// is the article; its text nodes lead back to the live container; the text map is built from that
// container's live text nodes. Works in a browser tab and over a linkedom or jsdom Document in Node.
// The three tasks are prepare-clone.ts, parse-prepared.ts and locate-article.ts; this is the text.
import type { ArticleHints } from '../core/types';
import { locateArticle, type LocatedArticle } from './locate-article';
import type { ParseOptions } from './parse-prepared';
import { buildTextMap, buildTextMapInSlices, type TextMap } from './text-map';

export interface ExtractedArticle {
  /** The live element that holds the article's prose. */
  readonly root: Element;
  /** Its rendered text: what the core analyses. */
  readonly text: string;
  readonly map: TextMap;
  readonly hints: ArticleHints;
}

export interface ExtractOptions extends ParseOptions {
  /** Use computed styles for hidden parts; defaults to whether the page is laid out. */
  readonly useLayout?: boolean;
}

/** Below this many characters of prose there is nothing to analyse. */
const MIN_ARTICLE_CHARS = 200;

/** The rendered text of a located article, or null when it holds too little prose to analyse. */
function readArticle(located: LocatedArticle, options: ExtractOptions = {}): ExtractedArticle | null {
  const map = buildTextMap(located.root, { useLayout: options.useLayout, kept: located.kept });
  if (map.text.trim().length < MIN_ARTICLE_CHARS) return null;
  return { root: located.root, text: map.text, map, hints: located.hints };
}

/** readArticle over several tasks, handing the page its main thread back with `pause` (a refresh's read). */
export async function readArticleInSlices(
  located: LocatedArticle,
  pause: () => Promise<void>,
): Promise<ExtractedArticle | null> {
  const map = await buildTextMapInSlices(located.root, { kept: located.kept }, pause);
  if (map.text.trim().length < MIN_ARTICLE_CHARS) return null;
  return { root: located.root, text: map.text, map, hints: located.hints };
}

/** The article on the page, or null when there is none with enough prose. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const located = locateArticle(doc, options);
  return located ? readArticle(located, options) : null;
}
