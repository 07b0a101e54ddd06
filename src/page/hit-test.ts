// Which of our ranges is under a viewport point. Highlights have no events, so clicks are hit-tested
// here: highlightsFromPoint where the browser has it (exact ranges), else the caret under the point
// plus the ranges' client rects (the caret alone snaps to the range end past a line's last word).

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

/** The first of `ranges` painted at (x, y), or null. */
export function hitTestRanges(doc: Document, x: number, y: number, ranges: Iterable<Range>): Range | null {
  const ours = new Set(ranges);
  const exact = fromHighlightApi(doc, x, y, ours);
  if (exact !== undefined) return exact;
  const caret = caretAt(doc as CaretDocument, x, y);
  for (const range of ours) {
    if (caret && !range.isPointInRange(caret.node, caret.offset)) continue;
    if (rectsContain(range, x, y)) return range;
  }
  return null;
}
