// Finds the article on a page: Readability (on a clone, since it rewrites its input) says which text
// is the article; its text nodes lead back to the live container; the text map is built from that
// container's live text nodes. Works in a browser tab and over a linkedom or jsdom Document in Node.
import { Readability } from '@mozilla/readability';
import type { ArticleHints } from '../core/types';
import { readArticleHints } from './article-hints';
import { deepestCovering } from './deepest-covering';
import { findMainLandmark, findMarkedArticle } from './marked-article';
import { buildTextMap, type TextMap } from './text-map';

export interface ExtractedArticle {
  /** The live element that holds the article's prose. */
  readonly root: Element;
  /** Its rendered text: what the core analyses. */
  readonly text: string;
  readonly map: TextMap;
  readonly hints: ArticleHints;
}

export interface ExtractOptions {
  /** Pages with more elements are not parsed (Readability's own cap); they fall back to <article>/<main>. */
  readonly maxElemsToParse?: number;
  /** Use computed styles for hidden parts; defaults to whether the page is laid out. */
  readonly useLayout?: boolean;
}

/** Large enough for the longest real news pages (~2.8 MB, ~40k elements); pathological pages stop here. */
export const DEFAULT_MAX_ELEMS = 60_000;
/** Below this many characters of prose there is nothing to analyse. */
const MIN_ARTICLE_CHARS = 200;
/** Used when Readability gives up (too many elements, or no article found). */
const FALLBACK_ROOTS = '[itemprop="articleBody"], article, main, [role="main"]';

const SHOW_TEXT = 4;
/** Shorter text nodes ("Advertisement", "Share") recur on a page: not matched by their text. */
const MIN_MATCH_CHARS = 20;

/**
 * Elements Readability keeps as they are, paired clone → live by their place in document order
 * (cloneNode(true) keeps the structure). A native querySelectorAll on each document is far cheaper than
 * walking every text node; the text of anything else is matched by content instead (below).
 */
const PAIRED = 'p, li, blockquote, pre, h2, h3, h4, h5, h6, td, dd';

function pairElements(live: ParentNode, clone: ParentNode): Map<Element, Element> {
  const pairs = new Map<Element, Element>();
  const liveList = live.querySelectorAll(PAIRED);
  const cloneList = clone.querySelectorAll(PAIRED);
  if (liveList.length !== cloneList.length) return pairs;
  for (let i = 0; i < liveList.length; i++) pairs.set(cloneList[i]!, liveList[i]!);
  return pairs;
}

/**
 * Parts of the clone Readability would only wade through (scripts, media, form controls, hidden parts)
 * or that are never the article (navigation, asides, footers): the text map skips all of them too.
 * Removed up front, they make the parse cheaper than Readability on the whole page (a third less on
 * pages full of images and buttons). Not <form>: some sites wrap the whole page in one.
 */
const PRUNED = [
  'script, style, noscript, template, svg, iframe, object, embed, canvas',
  'img, picture, video, audio, source, button, input, select, textarea, dialog',
  '[hidden], [aria-hidden="true"], body link, body meta',
  'nav, aside, footer',
].join(', ');

/**
 * When Readability retries with looser flags it re-parses its HTML, so its text nodes are new
 * objects: they are then found by their exact text instead (first occurrence).
 */
function liveTextByData(live: Document): Map<string, Text> {
  const byData = new Map<string, Text>();
  const walker = live.createTreeWalker(live.documentElement, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data.trim();
    if (data.length >= MIN_MATCH_CHARS && !byData.has(data)) byData.set(data, node as Text);
  }
  return byData;
}

/** The live element holding the text Readability kept (weighted by characters). */
function locateRoot(content: Node, pairs: ReadonlyMap<Element, Element>, liveDoc: Document): Element | null {
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
  return deepestCovering(byParent, total);
}

type Parsed = ReturnType<Readability<Node>['parse']>;

/** A pruned clone of the page with its paragraphs paired to the live ones: the first of three tasks. */
export interface PreparedClone {
  readonly doc: Document;
  readonly clone: Document;
  readonly pairs: ReadonlyMap<Element, Element>;
}

export function prepareClone(doc: Document): PreparedClone | null {
  // Not doc.body: linkedom creates a missing <body> on access, and the page must stay untouched.
  if (!doc.documentElement) return null;
  // Copied straight into an empty document (importNode: one walk, where cloning then adopting walks
  // twice), paired and pruned while detached, then inserted: cloning the whole Document instead re-parses
  // every inline <style> (one 80 ms task on a page with 1 MB of CSS). Where the DOM implementation
  // lacks a step, the plain Document clone is used.
  const imported = importedCopy(doc, findMainLandmark(doc));
  if (imported) {
    const { clone, root, live, copy } = imported;
    const pairs = pairElements(live, copy);
    prune(root);
    clone.replaceChild(root, clone.documentElement);
    if (clone.documentElement === root) return { doc, clone, pairs };
  }
  const clone = doc.cloneNode(true) as Document;
  const plainPairs = pairElements(doc, clone);
  prune(clone);
  return { doc, clone, pairs: plainPairs };
}

/** Kept though empty: they separate the text around them. */
const EMPTY_KEPT: ReadonlySet<string> = new Set(['br', 'hr', 'td', 'th']);
const NON_SPACE = /\S/;

function prune(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(PRUNED))) element.remove();
  // Then the body's elements left without any text (icon and ad slots, wrappers of what was just
  // removed), children before parents so that emptied wrappers go too: a fifth of the elements on big
  // pages, each of which Readability would score. Not the head: its <meta> tags are the metadata.
  const body = root.querySelector('body');
  const all = body ? Array.from(body.querySelectorAll('*')) : [];
  for (let i = all.length - 1; i >= 0; i--) {
    const element = all[i]!;
    if (element.firstElementChild || EMPTY_KEPT.has(element.localName)) continue;
    if (!NON_SPACE.test(element.textContent ?? '')) element.remove();
  }
}

interface ImportedCopy {
  readonly clone: Document;
  /** The copy's <html>, not yet in `clone`. */
  readonly root: Element;
  /** The live part copied in full, and its copy: their paragraphs pair up one to one. */
  readonly live: ParentNode;
  readonly copy: ParentNode;
}

/**
 * The page copied into a new document: all of it, or, given a scope, its <head> (for the metadata) and
 * a <body> holding only the scope: Readability then reads a fraction of the page.
 */
function importedCopy(doc: Document, scope: Element | null): ImportedCopy | null {
  try {
    const clone = doc.implementation.createHTMLDocument('');
    const html = doc.documentElement;
    if (!scope) {
      const root = clone.importNode(html, true);
      return root.ownerDocument === clone ? { clone, root, live: doc, copy: root } : null;
    }
    const root = clone.importNode(html, false);
    const copy = clone.importNode(scope, true);
    for (const child of Array.from(html.children)) {
      if (child.localName === 'head') root.append(clone.importNode(child, true));
      if (child.localName !== 'body') continue;
      const body = clone.importNode(child, false);
      body.append(copy);
      root.append(body);
    }
    return copy.parentNode && copy.ownerDocument === clone ? { clone, root, live: scope, copy } : null;
  } catch {
    return null;
  }
}

/** The step of Readability's parse that rewrites the content it found for display. */
export const DISPLAY_CLEANUP = '_postProcessContent';

/**
 * Readability's last step readies the content for display (absolute URLs, flattened nesting, no
 * classes): a walk over the whole article that changes none of its text nodes, the only thing read
 * here. A unit test fails if a Readability update renames the step.
 */
function skipDisplayCleanup(reader: object): void {
  Object.defineProperty(reader, DISPLAY_CLEANUP, { value: () => undefined });
}

/** What Readability kept of a prepared clone (null when it found nothing or gave up). */
export interface ParsedClone {
  readonly prepared: PreparedClone;
  readonly parsed: Parsed | null;
}

/** Readability over a prepared clone: the second task, and the expensive one. */
export function parsePrepared(prepared: PreparedClone, options: ExtractOptions = {}): ParsedClone {
  try {
    const reader = new Readability<Node>(prepared.clone, {
      maxElemsToParse: options.maxElemsToParse ?? DEFAULT_MAX_ELEMS,
      serializer: (node) => node,
      // The page's JSON-LD is read from the live page (article-hints); the clone has no scripts left.
      disableJSONLD: true,
    });
    skipDisplayCleanup(reader);
    return { prepared, parsed: reader.parse() };
  } catch {
    // Readability throws past maxElemsToParse: a graceful fallback, never an error on the page.
    return { prepared, parsed: null };
  }
}

export interface LocatedArticle {
  readonly root: Element;
  readonly hints: ArticleHints;
}

/** The live container of what Readability kept (else a landmark), and the metadata: the third task. */
export function locateParsed({ prepared, parsed }: ParsedClone): LocatedArticle | null {
  let found: Element | null = null;
  try {
    if (parsed?.content) found = locateRoot(parsed.content, prepared.pairs, prepared.doc);
  } catch {
    // An odd DOM must not break the page: the landmark fallback below still applies.
  }
  const root = found ?? prepared.doc.querySelector(FALLBACK_ROOTS);
  return root ? { root, hints: readArticleHints(prepared.doc, parsed) } : null;
}

/** Readability over a prepared clone, then the live container and the metadata. */
export function locatePrepared(prepared: PreparedClone, options: ExtractOptions = {}): LocatedArticle | null {
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
export function locateArticle(doc: Document, options: ExtractOptions = {}): LocatedArticle | null {
  const marked = locateMarked(doc);
  if (marked) return marked;
  const prepared = prepareClone(doc);
  return prepared ? locatePrepared(prepared, options) : null;
}

/** The rendered text of a located article, or null when it holds too little prose to analyse. */
export function readArticle(located: LocatedArticle, options: ExtractOptions = {}): ExtractedArticle | null {
  const map = buildTextMap(
    located.root,
    options.useLayout === undefined ? {} : { useLayout: options.useLayout },
  );
  if (map.text.trim().length < MIN_ARTICLE_CHARS) return null;
  return { root: located.root, text: map.text, map, hints: located.hints };
}

/** The article on the page, or null when there is none with enough prose. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  const located = locateArticle(doc, options);
  return located ? readArticle(located, options) : null;
}
