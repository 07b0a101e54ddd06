// Which of our ranges is under a viewport point. Highlights have no events, so clicks are hit-tested
// here: highlightsFromPoint where the browser has it (exact ranges), else the caret under the point
// plus the ranges' client rects (the caret alone snaps to the range end past a line's last word).
// Every click on the page is tested, so the ranges are indexed by text node once per paint: a click
// away from the highlights then costs one caret lookup and one map lookup, however many there are.
// The ranges are spots (spot.ts) or Ranges: the index reads their ends only, and a live Range is made
// only for the few on the clicked node.
import { liveRange, ownerOfLive } from './spot';

interface HighlightHit {
  readonly ranges?: readonly AbstractRange[];
}

type RegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => readonly (HighlightHit | Highlight)[];
};

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Our ranges, and for each text node the ranges that cover part of it. */
export interface RangeIndex {
  readonly all: ReadonlySet<AbstractRange>;
  readonly byNode: ReadonlyMap<Node, readonly AbstractRange[]>;
}

/** Text nodes walked at most from a range's start to its end: a statement spans a few paragraphs. */
const MAX_NODES_WALKED = 10_000;

/** The text nodes a range covers, in order (ranges start and end in text nodes: text-map.ts). */
function textNodesOf(range: AbstractRange): Node[] {
  const [start, end] = [range.startContainer, range.endContainer];
  if (start === end) return [start];
  const doc = start.ownerDocument;
  if (!doc) return [start];
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  const nodes: Node[] = start.nodeType === 3 ? [start] : [];
  for (let node = walker.nextNode(); node && nodes.length < MAX_NODES_WALKED; node = walker.nextNode()) {
    // Past the end (a range that ends in an element, or whose end the page moved): stop.
    if (node !== end && (end.compareDocumentPosition(node) & 4) /* FOLLOWING */ !== 0) break;
    nodes.push(node);
    if (node === end) break;
  }
  return nodes;
}

export function indexRanges(ranges: Iterable<AbstractRange>): RangeIndex {
  const all = new Set(ranges);
  const byNode = new Map<Node, AbstractRange[]>();
  for (const range of all) {
    for (const node of textNodesOf(range)) {
      const list = byNode.get(node);
      if (list) list.push(range);
      else byNode.set(node, [range]);
    }
  }
  return { all, byNode };
}

function fromHighlightApi(
  doc: Document,
  x: number,
  y: number,
  ours: ReadonlySet<AbstractRange>,
): AbstractRange | null | undefined {
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights as
    RegistryWithHitTest | undefined;
  if (typeof registry?.highlightsFromPoint !== 'function') return undefined;
  const hits = registry.highlightsFromPoint(x, y);
  // An older draft returned bare Highlight objects: then the answer is not precise enough.
  if (hits.some((hit) => !('ranges' in hit) || !Array.isArray((hit as HighlightHit).ranges)))
    return undefined;
  for (const hit of hits as readonly HighlightHit[]) {
    for (const range of hit.ranges ?? []) {
      const owner = ownerOfLive(range as Range);
      if (ours.has(owner)) return owner;
    }
  }
  return null;
}

/** The first of the indexed ranges painted at (x, y), or null. */
export function hitTestRanges(doc: Document, x: number, y: number, index: RangeIndex): AbstractRange | null {
  if (index.all.size === 0) return null;
  const exact = fromHighlightApi(doc, x, y, index.all);
  if (exact !== undefined) return exact;
  const caret = caretAt(doc as CaretDocument, x, y);
  // Without a caret (no API for it) every range is a candidate; with one, only those on its node.
  const candidates = caret ? (index.byNode.get(caret.node) ?? []) : index.all;
  for (const candidate of candidates) {
    const range = liveRange(candidate);
    if (!range || (caret && !range.isPointInRange(caret.node, caret.offset))) continue;
    if (rectsContain(range, x, y)) return candidate;
  }
  return null;
}
