// Which painted ranges lie near the viewport. A page with thousands of highlighted ranges pays for all
// of them on each of its own DOM changes: Chromium rebuilds the markers of every registered range after
// any mutation (a live page editing one quote a second froze for 50–250 ms each time with 4,000 ranges,
// not at all with 100). So past a few hundred ranges the highlighter registers only those within a
// viewport of the visible area, and this tells it when ranges come near or go. An IntersectionObserver
// watches the elements each range starts and ends in (no layout reads of ours).

export interface RangeWindow {
  /** Starts following `range`. */
  watch(range: Range): void;
  /** Stops following `range` (its elements stay watched until clear()). */
  forget(range: Range): void;
  /** Whether `range` is near the viewport (true where the browser has no IntersectionObserver). */
  near(range: Range): boolean;
  /** Stops following every range. */
  clear(): void;
}

/** A viewport above and below the visible area: scrolling never shows an unpainted passage. */
const NEAR_MARGIN = '100% 0px';

const elementOf = (node: Node): Element | null =>
  node.nodeType === 1 ? (node as Element) : node.parentElement;

/** Notes which elements are near now, and tells of the ranges that came near or went away. */
function tell(
  entries: readonly IntersectionObserverEntry[],
  nearElements: Set<Element>,
  rangesOf: ReadonlyMap<Element, ReadonlySet<Range>>,
  isNear: (range: Range) => boolean,
  onChange: (ranges: readonly Range[], near: boolean) => void,
): void {
  const touched = new Set<Range>();
  for (const { target, isIntersecting } of entries) {
    if (isIntersecting) nearElements.add(target);
    else nearElements.delete(target);
    for (const range of rangesOf.get(target) ?? []) touched.add(range);
  }
  const ranges = [...touched];
  const came = ranges.filter(isNear);
  if (came.length) onChange(came, true);
  const went = ranges.filter((range) => !isNear(range));
  if (went.length) onChange(went, false);
}

/** `onChange` hears of ranges that came near (`near` true) or went away, after the observer reports. */
export function createRangeWindow(
  doc: Document,
  onChange: (ranges: readonly Range[], near: boolean) => void,
): RangeWindow {
  const Observer = doc.defaultView?.IntersectionObserver;
  const rangesOf = new Map<Element, Set<Range>>();
  // The elements as of watch(): a live range moves when the page changes, its watch must not.
  const endsOf = new Map<Range, Element[]>();
  const nearElements = new Set<Element>();
  const ends = (range: Range): Element[] =>
    [...new Set([elementOf(range.startContainer), elementOf(range.endContainer)])].filter(
      (el): el is Element => el !== null,
    );
  const isNear = (range: Range): boolean => (endsOf.get(range) ?? []).some((el) => nearElements.has(el));
  const changed = (entries: readonly IntersectionObserverEntry[]): void =>
    tell(entries, nearElements, rangesOf, isNear, onChange);
  if (typeof Observer !== 'function')
    return { watch: () => undefined, forget: () => undefined, near: () => true, clear: () => undefined };
  const observer = new Observer(changed, { rootMargin: NEAR_MARGIN });
  return {
    watch(range) {
      if (endsOf.has(range)) return;
      const elements = ends(range);
      endsOf.set(range, elements);
      for (const el of elements) {
        const set = rangesOf.get(el);
        if (set) set.add(range);
        else {
          rangesOf.set(el, new Set([range]));
          observer.observe(el);
        }
      }
    },
    forget(range) {
      // Its elements stay watched, and their state known: a refresh's new range in the same paragraph
      // is near (or not) at once, without waiting for the observer to report it again.
      for (const el of endsOf.get(range) ?? []) rangesOf.get(el)?.delete(range);
      endsOf.delete(range);
    },
    near: isNear,
    clear() {
      observer.disconnect();
      rangesOf.clear();
      endsOf.clear();
      nearElements.clear();
    },
  };
}
