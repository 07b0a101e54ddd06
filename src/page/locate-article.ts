// The third task: the live container of what Readability kept (else a landmark), and the metadata. A page
// that marks its one article plainly needs no parse at all (locateMarked).
import type { ArticleHints } from '../core/types';
import { readArticleHints, type ReadabilityMetadata } from './article-hints';
import { deepestCovering } from './deepest-covering';
import { findMarkedArticle } from './marked-article';
import { parsePrepared, type ParseOptions, type ParsedClone } from './parse-prepared';
import { PAIRED, prepareClone, type PreparedClone } from './prepare-clone';

/** Used when Readability gives up (too many elements, or no article found). */
const FALLBACK_ROOTS = '[itemprop="articleBody"], article, main, [role="main"]';

const SHOW_TEXT = 4;
/** Shorter text nodes ("Advertisement", "Share") recur on a page: not matched by their text. */
const MIN_MATCH_CHARS = 20;

/**
 * When Readability retries with looser flags it re-parses its HTML, so its text nodes are new
 * objects: they are then found by their exact text instead (first occurrence).
 */
export function liveTextByData(live: Document): Map<string, Text> {
  const byData = new Map<string, Text>();
  const walker = live.createTreeWalker(live.documentElement, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data.trim();
    if (data.length >= MIN_MATCH_CHARS && !byData.has(data)) byData.set(data, node as Text);
  }
  return byData;
}

export interface Kept {
  readonly root: Element;
  /** The live elements directly holding text Readability kept. */
  readonly kept: ReadonlySet<Element>;
}

/** The live element holding the weighted text, and where that text is. */
export function keptOf(byParent: ReadonlyMap<Element, number>, total: number): Kept | null {
  const root = deepestCovering(byParent, total);
  return root ? { root, kept: new Set(byParent.keys()) } : null;
}

/** The live element holding the text Readability kept (weighted by characters), and where that text is. */
function locateRoot(content: Node, pairs: ReadonlyMap<Element, Element>, liveDoc: Document): Kept | null {
  const byParent = new Map<Element, number>();
  let total = 0;
  let byData: Map<string, Text> | null = null;
  const walker = content.ownerDocument!.createTreeWalker(content, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data.trim();
    const weight = data.length;
    if (weight === 0) continue;
    const paired = node.parentElement?.closest(PAIRED);
    let live: Element | null | undefined = paired ? pairs.get(paired) : undefined;
    if (!live && weight >= MIN_MATCH_CHARS)
      live = (byData ??= liveTextByData(liveDoc)).get(data)?.parentElement;
    if (!live) continue;
    byParent.set(live, (byParent.get(live) ?? 0) + weight);
    total += weight;
  }
  return keptOf(byParent, total);
}

export interface LocatedArticle {
  readonly root: Element;
  readonly hints: ArticleHints;
  /**
   * The live elements holding the text Readability kept, where a parse ran: blocks of the root that
   * hold none of it (a briefs column, a ticker inside the same container) are not the article.
   */
  readonly kept?: ReadonlySet<Element>;
}

/** The live container of what Readability kept (else a landmark), and the metadata: the third task. */
export function locateParsed({ prepared, parsed }: ParsedClone): LocatedArticle | null {
  return locateFound(
    prepared.doc,
    () => (parsed?.content ? locateRoot(parsed.content, prepared.pairs, prepared.doc) : null),
    parsed,
  );
}

/** The article where `find` says it is, else a landmark; with the page's metadata (then Readability's). */
export function locateFound(
  doc: Document,
  find: () => Kept | null,
  metadata: ReadabilityMetadata | null,
): LocatedArticle | null {
  let found: Kept | null = null;
  try {
    found = find();
  } catch {
    // An odd DOM must not break the page: the landmark fallback below still applies.
  }
  const hints = readArticleHints(doc, metadata);
  if (found) return { root: found.root, hints, kept: found.kept };
  const root = doc.querySelector(FALLBACK_ROOTS);
  return root ? { root, hints } : null;
}

/** Readability over a prepared clone, then the live container and the metadata. */
export function locatePrepared(prepared: PreparedClone, options: ParseOptions = {}): LocatedArticle | null {
  return locateParsed(parsePrepared(prepared, options));
}

/** The fast path alone: the page's own single article element, when it is unambiguous. */
export function locateMarked(doc: Document): LocatedArticle | null {
  if (!doc.documentElement) return null;
  const marked = findMarkedArticle(doc);
  return marked ? { root: marked, hints: readArticleHints(doc, null) } : null;
}

/**
 * The live article container and its metadata. A page that marks its one article plainly (a single
 * <article> or articleBody holding nearly all of the page's paragraphs) needs no Readability parse;
 * any other page gets one (the expensive step).
 */
export function locateArticle(doc: Document, options: ParseOptions = {}): LocatedArticle | null {
  const marked = locateMarked(doc);
  if (marked) return marked;
  const prepared = prepareClone(doc);
  return prepared ? locatePrepared(prepared, options) : null;
}
