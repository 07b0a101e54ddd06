// Attributes and shapes the render rules look for, found by one query each over the whole article root
// rather than by reads of every element: in Firefox each read of a page's element from a content script
// is a call through a wrapper, and an article has thousands of elements of which a handful carry these.
// Read once per walk: an element the page adds meanwhile is judged without them, and its change brings
// another read.

/** Any of the attributes that hide an element (render-rules checks which, and how). */
const HIDING_ATTRIBUTES = '[hidden], [aria-hidden], [style]';
/** A <time> that is its parent's first element: its grandparent may be a ticker of timed entries. */
const LEADING_TIME = 'time:first-child';

export interface RootMarks {
  /** Elements carrying an attribute that may hide them. */
  readonly hiding: ReadonlySet<Element>;
  /** Elements with a role attribute. */
  readonly roled: ReadonlySet<Element>;
  /** How many children of an element start with a <time> (absent: none). */
  timedChildren(element: Element): number;
}

export function findRootMarks(root: Element): RootMarks {
  const timed = new Map<Element, number>();
  for (const time of Array.from(root.querySelectorAll(LEADING_TIME))) {
    const box = time.parentElement?.parentElement;
    if (box) timed.set(box, (timed.get(box) ?? 0) + 1);
  }
  return {
    hiding: new Set(Array.from(root.querySelectorAll(HIDING_ATTRIBUTES))),
    roled: new Set(Array.from(root.querySelectorAll('[role]'))),
    timedChildren: (element) => timed.get(element) ?? 0,
  };
}
