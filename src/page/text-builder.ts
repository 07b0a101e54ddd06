// Builds the article's rendered text piece by piece for text-map.ts: whitespace collapsed the way normal
// white-space rendering does, blocks and <br> as synthetic line breaks, and every copied run of text
// recorded with the text node it came from.

/** A run of text copied 1:1 from one text node: text[textStart + i] comes from node.data[nodeOffset + i]. */
export interface TextPiece {
  readonly node: Text;
  readonly nodeOffset: number;
  readonly textStart: number;
  readonly length: number;
}

/** Whitespace that collapses (not U+00A0 and the like, which render as they are). */
const isCollapsible = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
const SPACE = 0x20;
/** Runs that do not render as themselves: two or more collapsible characters, or a tab or line break. */
const COLLAPSED_RUN = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;
export const PARAGRAPH_BREAK = 2;
const LINE_BREAK = 1;

/** A piece still growing: the builder extends the last one in place rather than replacing it. */
interface OpenPiece {
  node: Text;
  nodeOffset: number;
  textStart: number;
  length: number;
}

export class TextBuilder {
  readonly parts: string[] = [];
  readonly pieces: TextPiece[] = [];
  length = 0;
  /** Line breaks owed before the next visible character (0, 1 or 2). */
  pendingBreak = 0;
  /**
   * The node and offset of the collapsed space owed before the next visible character (null: none owed).
   * Two fields rather than an object: a page has a whitespace run per word.
   */
  pendingSpaceNode: Text | null = null;
  pendingSpaceOffset = 0;

  breakLine(count: number): void {
    if (this.length > 0) this.pendingBreak = Math.min(PARAGRAPH_BREAK, Math.max(this.pendingBreak, count));
    this.pendingSpaceNode = null;
  }

  addBreak(): void {
    if (this.length > 0) this.pendingBreak = Math.min(PARAGRAPH_BREAK, this.pendingBreak + LINE_BREAK);
    this.pendingSpaceNode = null;
  }

  /**
   * Appends visible characters data[offset, offset+count) after any owed break or space; `data` is the
   * node's text, read once by the caller (each read of a page's node is a wrapper call in Firefox).
   */
  emit(node: Text, offset: number, count: number, data: string = node.data): void {
    if (this.pendingBreak > 0) {
      this.parts.push('\n'.repeat(this.pendingBreak));
      this.length += this.pendingBreak;
    } else if (this.pendingSpaceNode && this.length > 0) {
      this.copy(this.pendingSpaceNode, this.pendingSpaceOffset, 1, ' ');
    }
    this.pendingBreak = 0;
    this.pendingSpaceNode = null;
    this.copy(node, offset, count, data.slice(offset, offset + count));
  }

  private copy(node: Text, nodeOffset: number, count: number, text: string): void {
    const last = this.pieces[this.pieces.length - 1] as OpenPiece | undefined;
    if (
      last &&
      last.node === node &&
      last.nodeOffset + last.length === nodeOffset &&
      last.textStart + last.length === this.length
    ) {
      last.length += count;
    } else {
      const piece: OpenPiece = { node, nodeOffset, textStart: this.length, length: count };
      this.pieces.push(piece);
    }
    this.parts.push(text);
    this.length += count;
  }

  /**
   * Collapses whitespace the way normal white-space rendering does. `data` is node.data (see emit).
   * Words joined by one plain space are copied as one run: such a space renders as itself, so the only
   * runs that need a step of their own are the others (longer, or a tab or line break) and a lone space
   * at either end of the node, which may be owed to the next node or dropped at a break.
   */
  addText(node: Text, data: string = node.data): void {
    const length = data.length;
    let at = 0;
    if (data.charCodeAt(0) === SPACE && !isCollapsible(data.charCodeAt(1))) {
      this.owe(node, 0);
      at = 1;
    }
    const lastSpace =
      length > at && data.charCodeAt(length - 1) === SPACE && !isCollapsible(data.charCodeAt(length - 2));
    const end = lastSpace ? length - 1 : length;
    // exec over the one global regex rather than matchAll, which clones it for every text node.
    COLLAPSED_RUN.lastIndex = at;
    for (let match = COLLAPSED_RUN.exec(data); match; match = COLLAPSED_RUN.exec(data)) {
      const start = match.index;
      if (start > at) this.emit(node, at, start - at, data);
      this.owe(node, start);
      at = start + match[0].length;
    }
    if (end > at) this.emit(node, at, end - at, data);
    if (lastSpace) this.owe(node, end);
  }

  /** A run of whitespace at `offset`: one space is owed, unless one is already or a break is. */
  private owe(node: Text, offset: number): void {
    if (this.pendingSpaceNode || this.pendingBreak > 0) return;
    this.pendingSpaceNode = node;
    this.pendingSpaceOffset = offset;
  }

  /** Inside <pre>: every character renders; line breaks are kept (mapped to their source). */
  addPreformatted(node: Text, data: string = node.data): void {
    if (data.length > 0) this.emit(node, 0, data.length, data);
  }
}
