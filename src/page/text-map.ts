// The article's rendered text and a map from its offsets back to live text nodes, so core spans
// become DOM Ranges exactly (across <a>, <em>, …). Text is built the way it renders: hidden parts
// skipped, runs of whitespace collapsed to one space, blocks separated by a blank line ("\n\n"),
// <br> a line break ("\n"). Line breaks are synthetic: they map to no node.
import type { Span } from '../core/types';
import { createRenderRules, type RenderRules } from './render-rules';
import { PARAGRAPH_BREAK, TextBuilder, type TextPiece } from './text-builder';

export interface TextMap {
  readonly root: Element;
  readonly text: string;
  /** In text order, non-overlapping. */
  readonly pieces: readonly TextPiece[];
}

export interface TextMapOptions {
  /** Use computed styles (display, visibility); defaults to whether the page is laid out. */
  readonly useLayout?: boolean;
  /** The elements holding the article's text, where known: blocks holding none of them are left out. */
  readonly kept?: ReadonlySet<Element>;
}

/** An element being walked: the next child to visit, and how the element itself renders. */
interface Frame {
  next: ChildNode | null;
  readonly pre: boolean;
  readonly block: boolean;
}

/** Nodes visited between the walk's pauses (each a chance to hand the page its main thread back). */
const WALK_STRIDE = 64;

/**
 * Depth-first over the root's children with an explicit stack: a page (or a script) can nest elements
 * tens of thousands deep, which would overflow the call stack of a recursive walk. Pauses (yields)
 * every WALK_STRIDE nodes, so a caller can spread a long article's walk over several tasks.
 */
function* walk(root: Element, rules: RenderRules, builder: TextBuilder): Generator<void, void, void> {
  const stack: Frame[] = [{ next: root.firstChild, pre: false, block: false }];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited % WALK_STRIDE === 0) yield;
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block) builder.breakLine(PARAGRAPH_BREAK);
      continue;
    }
    frame.next = child.nextSibling;
    // Each property read of a page's node is a call through a wrapper in Firefox's content scripts: every
    // one is read once here and handed on.
    const type = child.nodeType;
    if (type === 3) {
      const data = (child as Text).data;
      if (frame.pre) builder.addPreformatted(child as Text, data);
      else builder.addText(child as Text, data);
    } else if (type === 1) {
      const el = child as Element;
      const tag = el.localName;
      if (tag === 'br') {
        builder.addBreak();
        continue;
      }
      const verdict = rules.classify(el, tag);
      if (verdict === 'skip') continue;
      const block = verdict === 'block';
      if (block) builder.breakLine(PARAGRAPH_BREAK);
      stack.push({ next: el.firstChild, pre: frame.pre || rules.preservesWhitespace(el, tag), block });
    }
  }
}

/** Reads the rendered text under root. Pure with respect to the DOM: nothing is written. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const rules = createRenderRules(root, options.useLayout, options.kept);
  const builder = new TextBuilder();
  const walking = walk(root, rules, builder);
  while (!walking.next().done);
  return { root, text: builder.parts.join(''), pieces: builder.pieces };
}

/** Past this many characters the text is made whole in a task of its own (a few ms in Firefox by then). */
const WHOLE_IN_OWN_TASK_CHARS = 500_000;

/**
 * buildTextMap over several tasks: `pause` (the page gets its main thread back) after each `sliceMs` of
 * walking. A page that changes the article meanwhile gets a map of the text as it was read; the change
 * brings another read.
 */
export async function buildTextMapInSlices(
  root: Element,
  options: TextMapOptions,
  pause: () => Promise<void>,
  sliceMs = 8,
  ownTaskChars = WHOLE_IN_OWN_TASK_CHARS,
): Promise<TextMap> {
  const rules = createRenderRules(root, options.useLayout, options.kept);
  const builder = new TextBuilder();
  const walking = walk(root, rules, builder);
  // Each slice's parts are joined before the pause (one join of a 5 MB article's 300,000 parts was a
  // 42 ms task in Firefox) and appended to the text, a rope: each append is O(1). One join of the
  // slices was a 76-98 ms task in Firefox (its buffer grown and copied as it went); the rope is
  // flattened once, in a task of its own, at about the cost of allocating the string (26-44 ms there,
  // Chromium ~30 ms either way).
  let text = '';
  let paused = false;
  let sliceStart = performance.now();
  while (!walking.next().done) {
    if (performance.now() - sliceStart < sliceMs) continue;
    text += builder.parts.splice(0).join('');
    await pause();
    paused = true;
    sliceStart = performance.now();
  }
  text += builder.parts.join('');
  if (paused && text.length > ownTaskChars) {
    await pause();
    flatten(text);
  }
  return { root, text, pieces: builder.pieces };
}

/** Makes a rope (a string built by appends) one buffer now: both engines flatten it in place for trim(). */
function flatten(text: string): void {
  text.trim();
}

/** Index of the first piece that ends after offset (binary search). */
function firstPieceEndingAfter(pieces: readonly TextPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const piece = pieces[mid]!;
    if (piece.textStart + piece.length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where a span starts and ends in the DOM. */
export interface SpanPoints {
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

/** The DOM position of a span's ends; synthetic line breaks at the edges are trimmed away. */
export function spanPoints(map: TextMap, span: Span): SpanPoints | null {
  const { pieces } = map;
  if (span.end <= span.start) return null;
  const first = firstPieceEndingAfter(pieces, span.start);
  const last = firstPieceEndingAfter(pieces, span.end - 1);
  const startPiece = pieces[first];
  let endPiece = pieces[last];
  if (!startPiece) return null;
  if (!endPiece || endPiece.textStart >= span.end) endPiece = pieces[last - 1];
  if (!endPiece) return null;
  if (startPiece.textStart >= span.end || endPiece.textStart + endPiece.length <= span.start) return null;
  const points = {
    startNode: startPiece.node,
    startOffset: startPiece.nodeOffset + Math.max(0, span.start - startPiece.textStart),
    endNode: endPiece.node,
    endOffset: endPiece.nodeOffset + Math.min(endPiece.length, span.end - endPiece.textStart),
  };
  // The page may have shortened a node since the map was read (a live page, between the read's slices):
  // no range there this time (a Range would throw); the change brings a refresh that maps it anew.
  return fits(points.startNode, points.startOffset) && fits(points.endNode, points.endOffset) ? points : null;
}

const fits = (node: Text, offset: number): boolean => offset <= node.length;

/** A new Range from `points`. */
function rangeOfPoints(doc: Document, points: SpanPoints): Range {
  const range = doc.createRange();
  range.setStart(points.startNode, points.startOffset);
  range.setEnd(points.endNode, points.endOffset);
  return range;
}

/** A Range over the span's DOM position (spanPoints). */
export function spanToRange(map: TextMap, span: Span): Range | null {
  const points = spanPoints(map, span);
  return points && rangeOfPoints(map.root.ownerDocument, points);
}

/** The text offset of a DOM point inside a mapped text node, or null where the map has no text there. */
export function offsetOfPoint(map: TextMap, node: Node, nodeOffset: number): number | null {
  for (const piece of map.pieces) {
    if (piece.node !== node) continue;
    if (nodeOffset >= piece.nodeOffset && nodeOffset <= piece.nodeOffset + piece.length) {
      return piece.textStart + nodeOffset - piece.nodeOffset;
    }
  }
  return null;
}
