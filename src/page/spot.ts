// Where a statement sits in the DOM, without a live Range until one is needed. A live Range is a browser
// object the document updates on each of the page's DOM changes and that every garbage collection goes
// over: two per statement were 64,522 of them on the 5 MB article (the stalls of its pass were
// collections). A spot is four fields; the highlighter asks for the live Range only while the passage is
// near the view (registered), clicked or in the card, and lets it go when the passage leaves the view.
// Anything that takes an AbstractRange (a Range, a StaticRange, a spot) reads a spot's ends the same way.

/** A span's ends in text nodes, as spanPoints (text-map.ts) finds them. */
export interface SpotPoints {
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

/** Whether a Range can have an end at `offset` in `node` (the page may have shortened it since). */
const fits = (node: Node, offset: number): boolean =>
  offset <= (node.nodeType === 3 ? (node as Text).length : node.childNodes.length);

/** The live Range made of each spot while it has one: a hit test's answer is a live Range. */
const spotOfLive = new WeakMap<Range, Spot>();

export class Spot implements AbstractRange {
  /** The live Range while the spot has one: then it, not the fields, says where the spot is. */
  private live: Range | null = null;
  private startNode: Node;
  private startAt: number;
  private endNode: Node;
  private endAt: number;

  constructor(points: SpotPoints) {
    this.startNode = points.startNode;
    this.startAt = points.startOffset;
    this.endNode = points.endNode;
    this.endAt = points.endOffset;
  }

  get startContainer(): Node {
    return this.live ? this.live.startContainer : this.startNode;
  }
  get startOffset(): number {
    return this.live ? this.live.startOffset : this.startAt;
  }
  get endContainer(): Node {
    return this.live ? this.live.endContainer : this.endNode;
  }
  get endOffset(): number {
    return this.live ? this.live.endOffset : this.endAt;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }

  /** The live Range, made now if the spot has none (null where the page shortened its nodes since). */
  range(): Range | null {
    if (this.live) return this.live;
    const doc = this.startNode.ownerDocument;
    if (!doc || !fits(this.startNode, this.startAt) || !fits(this.endNode, this.endAt)) return null;
    const range = doc.createRange();
    range.setStart(this.startNode, this.startAt);
    range.setEnd(this.endNode, this.endAt);
    spotOfLive.set(range, this);
    return (this.live = range);
  }

  /** The live Range if the spot has one now (none is made). */
  current(): Range | null {
    return this.live;
  }

  /** Lets the live Range go, keeping where it had moved to (the page may have edited its text). */
  release(): void {
    const live = this.live;
    if (!live) return;
    [this.startNode, this.startAt] = [live.startContainer, live.startOffset];
    [this.endNode, this.endAt] = [live.endContainer, live.endOffset];
    this.live = null;
  }
}

/** The live Range of `range`: itself when it is one, a spot's (made now) otherwise. */
export function liveRange(range: AbstractRange): Range | null {
  return range instanceof Spot ? range.range() : (range as Range);
}

/** The live Range of `range` if it has one now, without making one. */
export function currentRange(range: AbstractRange): Range | null {
  return range instanceof Spot ? range.current() : (range as Range);
}

/** A spot's live Range goes (nothing for a Range: it is its own). */
export function releaseRange(range: AbstractRange): void {
  if (range instanceof Spot) range.release();
}

/** What a live Range stands for among ours: its spot, or itself. */
export function ownerOfLive(range: Range): AbstractRange {
  return spotOfLive.get(range) ?? range;
}

/** Whether `a` starts before `b` in the document. */
export function startsBefore(a: AbstractRange, b: AbstractRange): boolean {
  if (a.startContainer === b.startContainer) return a.startOffset < b.startOffset;
  return (a.startContainer.compareDocumentPosition(b.startContainer) & 4) /* FOLLOWING */ !== 0;
}
