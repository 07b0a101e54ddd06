// Which painted ranges lie near the viewport. A page with thousands of highlighted ranges pays for all
// of them on each of its own DOM changes: Chromium rebuilds the markers of every registered range after
// any mutation (a live page editing one quote a second froze for 50–250 ms each time with 4,000 ranges,
// not at all with 100). So past a few hundred ranges the highlighter registers only those within a
// viewport of the visible area, and this tells it when ranges come near or go. The elements each range
// starts and ends in are kept in document order (block-index.ts) and looked up when the view moves: no
// IntersectionObserver, which would recompute every one of them in each frame the page changes.
import { createBlockIndex } from './block-index';
import { followView } from './follow-view';

export interface RangeWindow {
  /** Starts following `range`. */
  watch(range: AbstractRange): void;
  /** Stops following `range` (its elements stay watched until clear()). */
  forget(range: AbstractRange): void;
  /** Whether `range` is near the viewport (known from the frame after it was first watched). */
  near(range: AbstractRange): boolean;
  /** Runs `then` once, after the next look-up (what is near is known then). */
  afterNextLook(then: () => void): void;
  /** Stops following every range. */
  clear(): void;
}

/** A viewport above and below the visible area: scrolling never shows an unpainted passage. */
const NEAR_MARGIN = 1;

const elementOf = (node: Node): Element | null =>
  node.nodeType === 1 ? (node as Element) : node.parentElement;

/**
 * The elements `range` starts and ends in: the one element when both are the same (most ranges: one
 * array or set per range and per element was 200,000 objects on the 5 MB article that every garbage
 * collection went over).
 */
function ends(range: AbstractRange): Element | Element[] {
  const [start, end] = [elementOf(range.startContainer), elementOf(range.endContainer)];
  if (start === end || end === null) return start ?? [];
  return start === null ? end : [start, end];
}

const each = (elements: Element | readonly Element[] | undefined): readonly Element[] =>
  elements === undefined ? [] : Array.isArray(elements) ? elements : [elements as Element];

/** Adds `value` to the list of `key` (once); true when `key` had none before. */
function addToList<K, V>(lists: Map<K, V[]>, key: K, value: V): boolean {
  const list = lists.get(key);
  if (list && !list.includes(value)) list.push(value);
  else if (!list) lists.set(key, [value]);
  return !list;
}

/** The ranges of the elements that came near or went away. */
function rangesOfChanged(
  before: ReadonlySet<Element>,
  now: ReadonlySet<Element>,
  rangesOf: ReadonlyMap<Element, readonly AbstractRange[]>,
): AbstractRange[] {
  const touched = new Set<AbstractRange>();
  const touch = (el: Element): void => rangesOf.get(el)?.forEach((range) => touched.add(range));
  for (const el of now) if (!before.has(el)) touch(el);
  for (const el of before) if (!now.has(el)) touch(el);
  return [...touched];
}

/** `onChange` hears of ranges that came near (`near` true) or went away, in the frame after the view moved. */
export function createRangeWindow(
  doc: Document,
  onChange: (ranges: readonly AbstractRange[], near: boolean) => void,
): RangeWindow {
  const rangesOf = new Map<Element, AbstractRange[]>();
  // The elements as of watch(): a live range moves when the page changes, its watch must not.
  const endsOf = new Map<AbstractRange, Element | Element[]>();
  const index = createBlockIndex();
  let nearElements = new Set<Element>();
  const afterLook: (() => void)[] = [];
  const isNear = (range: AbstractRange): boolean =>
    each(endsOf.get(range)).some((el) => nearElements.has(el));

  /** Looks the near elements up again and tells of the ranges whose state changed. */
  const look = (): void => {
    const height = doc.defaultView?.innerHeight ?? 0;
    const now = new Set(index.within(-NEAR_MARGIN * height, (1 + NEAR_MARGIN) * height));
    const ranges = rangesOfChanged(nearElements, now, rangesOf);
    nearElements = now;
    const came = ranges.filter(isNear);
    if (came.length) onChange(came, true);
    const went = ranges.filter((range) => !isNear(range));
    if (went.length) onChange(went, false);
    for (const then of afterLook.splice(0)) then();
  };
  const view = followView(doc, look);
  return {
    watch(range) {
      if (endsOf.has(range)) return;
      const elements = ends(range);
      endsOf.set(range, elements);
      for (const el of each(elements)) if (addToList(rangesOf, el, range)) index.add(el);
      view.schedule();
    },
    forget(range) {
      // Its elements stay watched, and their state known: a refresh's new range in the same paragraph
      // is near (or not) at once, without waiting for the next look-up.
      for (const el of each(endsOf.get(range))) {
        const list = rangesOf.get(el) ?? [];
        if (list.includes(range)) list.splice(list.indexOf(range), 1);
      }
      endsOf.delete(range);
    },
    near: isNear,
    afterNextLook(then) {
      afterLook.push(then);
      view.schedule();
    },
    clear() {
      afterLook.length = 0;
      view.stop();
      index.clear();
      rangesOf.clear();
      endsOf.clear();
      nearElements = new Set();
    },
  };
}
