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

const WHITESPACE_RUN = /[ \t\n\r\f]+/g;
export const PARAGRAPH_BREAK = 2;
const LINE_BREAK = 1;

export class TextBuilder {
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

  /**
   * Appends visible characters data[offset, offset+count) after any owed break or space; `data` is the
   * node's text, read once by the caller (each read of a page's node is a wrapper call in Firefox).
   */
  emit(node: Text, offset: number, count: number, data: string = node.data): void {
    if (this.pendingBreak > 0) {
      this.parts.push('\n'.repeat(this.pendingBreak));
      this.length += this.pendingBreak;
    } else if (this.pendingSpace && this.length > 0) {
      this.copy(this.pendingSpace.node, this.pendingSpace.offset, 1, ' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = null;
    this.copy(node, offset, count, data.slice(offset, offset + count));
  }

  private copy(node: Text, nodeOffset: number, count: number, text: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (
      last &&
      last.node === node &&
      last.nodeOffset + last.length === nodeOffset &&
      last.textStart + last.length === this.length
    ) {
      this.pieces[this.pieces.length - 1] = {
        node,
        nodeOffset: last.nodeOffset,
        textStart: last.textStart,
        length: last.length + count,
      };
    } else {
      this.pieces.push({ node, nodeOffset, textStart: this.length, length: count });
    }
    this.parts.push(text);
    this.length += count;
  }

  /** Collapses whitespace the way normal white-space rendering does. `data` is node.data (see emit). */
  addText(node: Text, data: string = node.data): void {
    let at = 0;
    // exec over the one global regex rather than matchAll, which clones it for every text node.
    WHITESPACE_RUN.lastIndex = 0;
    for (let match = WHITESPACE_RUN.exec(data); match; match = WHITESPACE_RUN.exec(data)) {
      const start = match.index;
      if (start > at) this.emit(node, at, start - at, data);
      if (!this.pendingSpace && this.pendingBreak === 0) this.pendingSpace = { node, offset: start };
      at = start + match[0].length;
    }
    if (at < data.length) this.emit(node, at, data.length - at, data);
  }

  /** Inside <pre>: every character renders; line breaks are kept (mapped to their source). */
  addPreformatted(node: Text, data: string = node.data): void {
    if (data.length > 0) this.emit(node, 0, data.length, data);
  }
}
