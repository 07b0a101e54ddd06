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

/** Text in these is code or markup, never the article's: a long one (a page's inline JSON) is not trimmed. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);
/** Text nodes at least this long are checked for a NOT_TEXT parent first. */
const LONG_TEXT_CHARS = 1_000;

/**
 * When Readability retries with looser flags it re-parses its HTML, so its text nodes are new
 * objects: they are then found by their exact text instead (first occurrence). Only `needed` texts are
 * kept, and the walk stops once all are found.
 */
function liveTextByData(live: Document, needed: ReadonlySet<string>): Map<string, Text> {
  const byData = new Map<string, Text>();
  const walker = live.createTreeWalker(live.documentElement, SHOW_TEXT);
  for (let node = walker.nextNode(); node && byData.size < needed.size; node = walker.nextNode()) {
    const raw = (node as Text).data;
    if (raw.length < MIN_MATCH_CHARS) continue;
    if (raw.length >= LONG_TEXT_CHARS && NOT_TEXT.has(node.parentElement?.localName ?? '')) continue;
    const data = raw.trim();
    if (needed.has(data) && !byData.has(data)) byData.set(data, node as Text);
  }
  return byData;
}

export interface Kept {
  readonly root: Element;
  /** The live elements directly holding text Readability kept. */
  readonly kept: ReadonlySet<Element>;
}

/** A run of text Readability kept: its live element where pairing found it, else its text to look for. */
export interface KeptRun {
  readonly live: Element | undefined;
  /** Null when too short to be found by content (MIN_MATCH_CHARS). */
  readonly data: string | null;
  readonly weight: number;
}

/** The live element holding the kept text (weighted by characters), and the elements directly holding it. */
export function weighKept(runs: readonly KeptRun[], liveDoc: Document): Kept | null {
  const needed = new Set<string>();
  for (const run of runs) if (!run.live && run.data !== null) needed.add(run.data);
  const byData = needed.size > 0 ? liveTextByData(liveDoc, needed) : null;
  const byParent = new Map<Element, number>();
  let total = 0;
  for (const run of runs) {
    const live = run.live ?? (run.data === null ? null : byData?.get(run.data)?.parentElement);
    if (!live) continue;
    byParent.set(live, (byParent.get(live) ?? 0) + run.weight);
    total += run.weight;
  }
  const root = deepestCovering(byParent, total);
  return root ? { root, kept: new Set(byParent.keys()) } : null;
}

/** Each text Readability kept (trimmed, non-empty), with the paragraph-like element (PAIRED) it sits in.
 * The page pairs that element to a live one; a copy parsed elsewhere sends its index instead. */
export function keptTextRuns<P>(
  content: Node,
  pairOf: (paired: Element) => P | undefined,
): { readonly paired: P | undefined; readonly data: string | null; readonly weight: number }[] {
  const runs: { paired: P | undefined; data: string | null; weight: number }[] = [];
  const walker = content.ownerDocument!.createTreeWalker(content, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data.trim();
    if (data.length === 0) continue;
    const paired = node.parentElement?.closest(PAIRED);
    runs.push({
      paired: paired ? pairOf(paired) : undefined,
      data: data.length >= MIN_MATCH_CHARS ? data : null,
      weight: data.length,
    });
  }
  return runs;
}

/** What Readability kept of a prepared clone, as runs of text (paired to live elements where it can). */
const keptRuns = (content: Node, pairs: ReadonlyMap<Element, Element>): KeptRun[] =>
  keptTextRuns(content, (paired) => pairs.get(paired)).map(({ paired, data, weight }) => ({
    live: paired,
    data,
    weight,
  }));

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
    () => (parsed?.content ? weighKept(keptRuns(parsed.content, prepared.pairs), prepared.doc) : null),
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
