// The article's rendered text and a map from its offsets back to live text nodes, so core spans
// become DOM Ranges exactly (across <a>, <em>, …). Text is built the way it renders: hidden parts
// skipped, runs of whitespace collapsed to one space, blocks separated by a blank line ("\n\n"),
// <br> a line break ("\n"). Line breaks are synthetic: they map to no node.
import type { Span } from '../core/types';
import { createRenderRules, type RenderRules } from './render-rules';

/** A run of text copied 1:1 from one text node: text[textStart + i] comes from node.data[nodeOffset + i]. */
interface TextPiece {
  readonly node: Text;
  readonly nodeOffset: number;
  readonly textStart: number;
  readonly length: number;
}

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

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;
const PARAGRAPH_BREAK = 2;
const LINE_BREAK = 1;

class TextBuilder {
  readonly parts: string[] = [];
  readonly pieces: TextPiece[] = [];
  length = 0;
  /** Line breaks owed before the next visible character (0, 1 or 2). */
  pendingBreak = 0;
  /** Where the collapsed space owed before the next visible character comes from. */
  pendingSpace: { node: Text; offset: number } | null = null;

  breakLine(count: number): void {
    if (this.length > 0) this.pendingBreak = Math.min(PARAGRAPH_BREAK, Math.max(this.pendingBreak, count));
    this.pendingSpace = null;
  }

  addBreak(): void {
    if (this.length > 0) this.pendingBreak = Math.min(PARAGRAPH_BREAK, this.pendingBreak + LINE_BREAK);
    this.pendingSpace = null;
  }

  /** Appends visible characters node.data[offset, offset+count) after any owed break or space. */
  emit(node: Text, offset: number, count: number): void {
    if (this.pendingBreak > 0) {
      this.parts.push('\n'.repeat(this.pendingBreak));
      this.length += this.pendingBreak;
    } else if (this.pendingSpace && this.length > 0) {
      this.copy(this.pendingSpace.node, this.pendingSpace.offset, 1, ' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = null;
    this.copy(node, offset, count, node.data.slice(offset, offset + count));
  }

  private copy(node: Text, nodeOffset: number, count: number, text: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (
      last &&
      last.node === node &&
      last.nodeOffset + last.length === nodeOffset &&
      last.textStart + last.length === this.length
    ) {
      this.pieces[this.pieces.length - 1] = { ...last, length: last.length + count };
    } else {
      this.pieces.push({ node, nodeOffset, textStart: this.length, length: count });
    }
    this.parts.push(text);
    this.length += count;
  }

  /** Collapses whitespace the way normal white-space rendering does. */
  addText(node: Text): void {
    const data = node.data;
    let at = 0;
    for (const match of data.matchAll(WHITESPACE_RUN)) {
      const start = match.index;
      if (start > at) this.emit(node, at, start - at);
      if (!this.pendingSpace && this.pendingBreak === 0) this.pendingSpace = { node, offset: start };
      at = start + match[0].length;
    }
    if (at < data.length) this.emit(node, at, data.length - at);
  }

  /** Inside <pre>: every character renders; line breaks are kept (mapped to their source). */
  addPreformatted(node: Text): void {
    if (node.data.length > 0) this.emit(node, 0, node.data.length);
  }
}

/** An element being walked: the next child to visit, and how the element itself renders. */
interface Frame {
  next: ChildNode | null;
  readonly pre: boolean;
  readonly block: boolean;
}

/**
 * Depth-first over the root's children with an explicit stack: a page (or a script) can nest elements
 * tens of thousands deep, which would overflow the call stack of a recursive walk.
 */
function walk(root: Element, rules: RenderRules, builder: TextBuilder): void {
  const stack: Frame[] = [{ next: root.firstChild, pre: false, block: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block) builder.breakLine(PARAGRAPH_BREAK);
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      if (frame.pre) builder.addPreformatted(child as Text);
      else builder.addText(child as Text);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.localName === 'br') {
        builder.addBreak();
        continue;
      }
      const verdict = rules.classify(el);
      if (verdict === 'skip') continue;
      const block = verdict === 'block';
      if (block) builder.breakLine(PARAGRAPH_BREAK);
      stack.push({ next: el.firstChild, pre: frame.pre || rules.preservesWhitespace(el), block });
    }
  }
}

/** Reads the rendered text under root. Pure with respect to the DOM: nothing is written. */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const rules = createRenderRules(root, options.useLayout, options.kept);
  const builder = new TextBuilder();
  walk(root, rules, builder);
  return { root, text: builder.parts.join(''), pieces: builder.pieces };
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

/** The DOM position of a span's ends; synthetic line breaks at the edges are trimmed away. */
export function spanToRange(map: TextMap, span: Span): Range | null {
  const { pieces } = map;
  if (span.end <= span.start) return null;
  const first = firstPieceEndingAfter(pieces, span.start);
  const last = firstPieceEndingAfter(pieces, span.end - 1);
  const startPiece = pieces[first];
  let endPiece = pieces[last];
  if (!startPiece) return null;
  if (!endPiece || endPiece.textStart >= span.end) endPiece = pieces[last - 1];
  if (!endPiece) return null;
  const startOffset = startPiece.nodeOffset + Math.max(0, span.start - startPiece.textStart);
  const endOffset = endPiece.nodeOffset + Math.min(endPiece.length, span.end - endPiece.textStart);
  if (startPiece.textStart >= span.end || endPiece.textStart + endPiece.length <= span.start) return null;
  const range = map.root.ownerDocument.createRange();
  range.setStart(startPiece.node, startOffset);
  range.setEnd(endPiece.node, endOffset);
  return range;
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
