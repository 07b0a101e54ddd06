// The builder's whitespace collapsing against the plain algorithm it speeds up (every run of collapsible
// whitespace handled on its own, kept here as the reference): the same text and the same pieces for
// generated runs of text nodes, <br>s and block breaks, full of lone spaces at node edges, tabs, line
// breaks and non-breaking spaces.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_BREAK, TextBuilder, type TextPiece } from '../../../src/page/text-builder';

/** The reference: one step per whitespace run, a piece per copied run merged when contiguous. */
class Reference {
  parts: string[] = [];
  pieces: TextPiece[] = [];
  length = 0;
  pendingBreak = 0;
  pendingSpace: { node: Text; offset: number } | null = null;
  breakLine(count: number): void {
    if (this.length > 0) this.pendingBreak = Math.min(2, Math.max(this.pendingBreak, count));
    this.pendingSpace = null;
  }
  addBreak(): void {
    if (this.length > 0) this.pendingBreak = Math.min(2, this.pendingBreak + 1);
    this.pendingSpace = null;
  }
  emit(node: Text, offset: number, count: number, data: string): void {
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
  copy(node: Text, nodeOffset: number, count: number, text: string): void {
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.node === node && last.nodeOffset + last.length === nodeOffset && last.textStart + last.length === this.length)
      this.pieces[this.pieces.length - 1] = { ...last, length: last.length + count };
    else this.pieces.push({ node, nodeOffset, textStart: this.length, length: count });
    this.parts.push(text);
    this.length += count;
  }
  addText(node: Text, data: string): void {
    let at = 0;
    for (const match of data.matchAll(/[ \t\n\r\f]+/g)) {
      if (match.index > at) this.emit(node, at, match.index - at, data);
      if (!this.pendingSpace && this.pendingBreak === 0) this.pendingSpace = { node, offset: match.index };
      at = match.index + match[0].length;
    }
    if (at < data.length) this.emit(node, at, data.length - at, data);
  }
} // prettier-ignore

const { document } = parseHTML('<html><body></body></html>');
const CHUNKS = ['a', 'word', ' ', ' ', '  ', '\n', '\t', ' \n ', '\u00a0', '\r\n', '\f', 'x y', 'é'];

describe('TextBuilder.addText', () => {
  it('builds what the one-run-at-a-time reference builds', () => {
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 3000; round++) {
      const built = new TextBuilder();
      const reference = new Reference();
      for (let step = next(6); step >= 0; step--) {
        const kind = next(10);
        if (kind === 0) [built, reference].forEach((b) => b.addBreak());
        else if (kind === 1) [built, reference].forEach((b) => b.breakLine(PARAGRAPH_BREAK));
        else {
          let data = '';
          for (let k = next(6); k >= 0; k--) data += CHUNKS[next(CHUNKS.length)]!;
          const node = document.createTextNode(data) as unknown as Text;
          built.addText(node, data);
          reference.addText(node, data);
        }
      }
      expect(built.parts.join('')).toBe(reference.parts.join(''));
      expect(built.pieces.map((p) => ({ ...p }))).toEqual(reference.pieces);
    }
  });
});
