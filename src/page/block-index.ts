// Elements in document order, and which of them lie in a band of the viewport, found by binary search over
// their boxes: a handful of getBoundingClientRect reads per look-up, made when the view moves. It stands
// in for an IntersectionObserver over every highlighted paragraph, which Chromium recomputes for all its
// targets in every frame the page changes (10–20 ms a frame with 4,000 targets, the better part of a
// second with the 40,000 of a 5 MB article). In normal flow a later element never starts above an
// earlier one, so the tops are sorted; where a layout breaks that (floats, columns), a look-up may miss an
// element by a little, which the callers' margins absorb.

export interface BlockIndex {
  /** Adds `element` in its document place (an element added twice is there once). */
  add(element: Element): void;
  /** The elements whose boxes meet the band from `top` to `bottom` (viewport pixels), in document order. */
  within(top: number, bottom: number): Element[];
  clear(): void;
}

/** How far back from the first element starting below the band to look for taller ones reaching into it. */
const LOOK_BACK = 8;

const follows = (a: Element, b: Element): boolean =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The first index in `elements` at which `before(element)` is false (elements where it is true come first). */
function firstNot(elements: readonly Element[], before: (element: Element) => boolean): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(elements[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The elements of `elements` that meet the band; null when one of those read has left the document. */
function lookUp(elements: readonly Element[], top: number, bottom: number): Element[] | null {
  const boxes = new Map<Element, DOMRect>();
  let detached = false;
  const box = (element: Element): DOMRect => {
    let rect = boxes.get(element);
    if (!rect) boxes.set(element, (rect = element.getBoundingClientRect()));
    detached ||= !element.isConnected;
    return rect;
  };
  // The first element starting below the band; those before it that reach into the band are in it.
  const end = firstNot(elements, (element) => box(element).top <= bottom);
  const found: Element[] = [];
  for (let i = end - 1, misses = 0; i >= 0 && misses < LOOK_BACK; i--) {
    const rect = box(elements[i]!);
    if (rect.bottom < top) misses++;
    else if (rect.width > 0 || rect.height > 0) {
      found.push(elements[i]!);
      misses = 0;
    }
  }
  return detached ? null : found.reverse();
}

/**
 * The index keeps no set of its elements: one found where it would go is there already. A set grew
 * with a 5 MB article's paragraphs, in each of the two indexes, and Firefox rebuilds a set's table in the
 * one insert that fills it (at 21,845 and 43,690 entries): with the callers' own maps by element, in the
 * same paint batch.
 */
export function createBlockIndex(): BlockIndex {
  let elements: Element[] = [];
  /** Elements the page removed have no box and no document place: they go. */
  const dropDetached = (): void => {
    elements = elements.filter((element) => element.isConnected);
  };
  return {
    add(element) {
      if (!element.isConnected) return;
      if (elements.length > 0 && !elements.at(-1)!.isConnected) dropDetached();
      const last = elements.at(-1);
      // Painting goes in reading order: almost every element comes after the last one.
      if (!last || follows(last, element)) return void elements.push(element);
      const at = firstNot(elements, (known) => follows(known, element));
      if (elements[at] !== element) elements.splice(at, 0, element);
    },
    within(top, bottom) {
      const found = lookUp(elements, top, bottom);
      if (found) return found;
      dropDetached();
      return lookUp(elements, top, bottom) ?? [];
    },
    clear() {
      elements = [];
    },
  };
}
