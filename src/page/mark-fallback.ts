// The fallback where the CSS Custom Highlight API is missing: wrap whole text nodes in
// <sourcelight-mark> (a custom element name, so page CSS for span or mark does not hit it), and undo
// it exactly: marks are replaced by their text and the text nodes split here are joined again.
import type { PaintKind } from './paint-item';

const SHOW_TEXT = 4;

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) nodes.push(node as Text);
  }
  return nodes;
}

/** Splits the range's boundary text nodes so it covers whole nodes; records the new nodes. */
function splitBoundaries(range: Range, splits: Text[]): void {
  const { endContainer, endOffset } = range;
  if (endContainer.nodeType === 3 && endOffset > 0 && endOffset < (endContainer as Text).length) {
    splits.push((endContainer as Text).splitText(endOffset));
  }
  const { startContainer, startOffset } = range;
  if (startContainer.nodeType === 3 && startOffset > 0 && startOffset < (startContainer as Text).length) {
    const tail = (startContainer as Text).splitText(startOffset);
    splits.push(tail);
    range.setStart(tail, 0);
  }
}

/** Wraps the range's text in marks; returns them. Whitespace-only nodes are left alone (tables, lists). */
export function wrapRange(
  doc: Document,
  range: Range,
  kind: PaintKind,
  color: number,
  splits: Text[],
): Element[] {
  if (range.collapsed) return [];
  splitBoundaries(range, splits);
  const marks: Element[] = [];
  for (const node of textNodesIn(range)) {
    if (!node.parentNode || node.data.trim() === '' || node.parentElement?.closest('sourcelight-mark'))
      continue;
    const mark = doc.createElement('sourcelight-mark');
    mark.setAttribute('data-kind', kind);
    mark.setAttribute('data-color', String(color));
    node.parentNode.replaceChild(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

/** Undoes wrapRange: the page's text nodes end up as they were. */
export function unwrapMarks(marks: readonly Element[], splits: readonly Text[]): void {
  for (const mark of marks) {
    if (mark.parentNode) mark.replaceWith(...Array.from(mark.childNodes));
  }
  for (let i = splits.length - 1; i >= 0; i--) {
    const tail = splits[i]!;
    const head = tail.previousSibling;
    if (head?.nodeType === 3) {
      (head as Text).appendData(tail.data);
      tail.remove();
    }
  }
}
