// Which of our ranges is under a viewport point. Highlights have no events, so clicks are hit-tested
// here: highlightsFromPoint where the browser has it (exact ranges), else the caret under the point
// plus the ranges' client rects (the caret alone snaps to the range end past a line's last word).
// Every click on the page is tested, so the ranges are indexed by text node once per paint: a click
// away from the highlights then costs one caret lookup and one map lookup, however many there are.

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
  readonly all: ReadonlySet<Range>;
  readonly byNode: ReadonlyMap<Node, readonly Range[]>;
}

/** The text nodes a range covers, in order (ranges start and end in text nodes: text-map.ts). */
function textNodesOf(range: Range): Node[] {
  const start = range.startContainer;
  if (start === range.endContainer) return [start];
  const doc = start.ownerDocument;
  if (!doc) return [start];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = start;
  const nodes: Node[] = start.nodeType === 3 ? [start] : [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) break;
    nodes.push(node);
  }
  return nodes;
}

export function indexRanges(ranges: Iterable<Range>): RangeIndex {
  const all = new Set(ranges);
  const byNode = new Map<Node, Range[]>();
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
  ours: ReadonlySet<Range>,
): Range | null | undefined {
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights as
    RegistryWithHitTest | undefined;
  if (typeof registry?.highlightsFromPoint !== 'function') return undefined;
  const hits = registry.highlightsFromPoint(x, y);
  // An older draft returned bare Highlight objects: then the answer is not precise enough.
  if (hits.some((hit) => !('ranges' in hit) || !Array.isArray((hit as HighlightHit).ranges)))
    return undefined;
  for (const hit of hits as readonly HighlightHit[]) {
    for (const range of hit.ranges ?? []) if (ours.has(range as Range)) return range as Range;
  }
  return null;
}

/** The first of the indexed ranges painted at (x, y), or null. */
export function hitTestRanges(doc: Document, x: number, y: number, index: RangeIndex): Range | null {
  if (index.all.size === 0) return null;
  const exact = fromHighlightApi(doc, x, y, index.all);
  if (exact !== undefined) return exact;
  const caret = caretAt(doc as CaretDocument, x, y);
  // Without a caret (no API for it) every range is a candidate; with one, only those on its node.
  const candidates = caret ? (index.byNode.get(caret.node) ?? []) : index.all;
  for (const range of candidates) {
    if (caret && !range.isPointInRange(caret.node, caret.offset)) continue;
    if (rectsContain(range, x, y)) return range;
  }
  return null;
}
