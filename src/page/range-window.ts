// Which painted ranges lie near the viewport. A page with thousands of highlighted ranges pays for all
// of them on each of its own DOM changes: Chromium rebuilds the markers of every registered range after
// any mutation (a live page editing one quote a second froze for 50–250 ms each time with 4,000 ranges,
// not at all with 100). So past a few hundred ranges the highlighter registers only those within a
// viewport of the visible area, and this tells it when ranges come near or go. The elements each range
// starts and ends in are kept in document order (block-index.ts) and looked up when the view moves: no
// IntersectionObserver, which would recompute every one of them in each frame the page changes.
import { createBlockIndex } from './block-index';
import { followView } from './follow-view';

/**
 * A range the window follows. `ends`, the elements it starts and ends in as of watch(), is the window's
 * own, kept on the item: a map by range would be one more table that a 5 MB article's paint grows to
 * 64,000 entries, rebuilt (in Firefox at 21,845 and 43,690) in the same batch as the highlighter's.
 */
export interface Watched {
  readonly range: AbstractRange;
  ends?: Element | Element[] | undefined;
}

export interface RangeWindow<T extends Watched> {
  /** Starts following `item`'s range (an item whose range is followed already, a copy too, is left). */
  watch(item: T): void;
  /** Stops following `item`'s range (its elements stay watched until clear()). */
  forget(item: T): void;
  /** Whether `item` is near the viewport (known from the frame after it was first watched). */
  near(item: T): boolean;
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

/** The items of the elements that came near or went away. */
function itemsOfChanged<T>(
  before: ReadonlySet<Element>,
  now: ReadonlySet<Element>,
  rangesOf: ReadonlyMap<Element, readonly T[]>,
): T[] {
  const touched = new Set<T>();
  const touch = (el: Element): void => rangesOf.get(el)?.forEach((item) => touched.add(item));
  for (const el of now) if (!before.has(el)) touch(el);
  for (const el of before) if (!now.has(el)) touch(el);
  return [...touched];
}

/**
 * `onChange` hears of items that came near (`near` true) or went away, in the frame after the view moved
 * (as watched: a copy watched since under the same range is not told apart).
 */
export function createRangeWindow<T extends Watched>(
  doc: Document,
  onChange: (items: readonly T[], near: boolean) => void,
): RangeWindow<T> {
  const rangesOf = new Map<Element, T[]>();
  const index = createBlockIndex();
  let nearElements = new Set<Element>();
  const afterLook: (() => void)[] = [];
  const isNear = (item: T): boolean => each(item.ends).some((el) => nearElements.has(el));

  /** Looks the near elements up again and tells of the ranges whose state changed. */
  const look = (): void => {
    const height = doc.defaultView?.innerHeight ?? 0;
    const now = new Set(index.within(-NEAR_MARGIN * height, (1 + NEAR_MARGIN) * height));
    const items = itemsOfChanged(nearElements, now, rangesOf);
    nearElements = now;
    const came = items.filter(isNear);
    if (came.length) onChange(came, true);
    const went = items.filter((item) => !isNear(item));
    if (went.length) onChange(went, false);
    for (const then of afterLook.splice(0)) then();
  };
  const view = followView(doc, look);
  return {
    watch(item) {
      if (item.ends !== undefined) return;
      // The elements as of now: a live range moves when the page changes, its watch must not.
      item.ends = ends(item.range);
      for (const el of each(item.ends)) if (addToList(rangesOf, el, item)) index.add(el);
      view.schedule();
    },
    forget(item) {
      // Its elements stay watched, and their state known: a refresh's new range in the same paragraph
      // is near (or not) at once, without waiting for the next look-up.
      for (const el of each(item.ends)) {
        const list = rangesOf.get(el) ?? [];
        const at = list.findIndex((watched) => watched.range === item.range);
        if (at >= 0) list.splice(at, 1);
      }
      item.ends = undefined;
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
      for (const list of rangesOf.values()) for (const item of list) item.ends = undefined;
      rangesOf.clear();
      nearElements = new Set();
    },
  };
}
