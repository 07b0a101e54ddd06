// Readability says which text is the article; its container may hold more (a briefs column or a ticker
// beside the paragraphs). Blocks holding none of the text it kept are not the article.

export interface KeptRegion {
  /**
   * The block holds none of the kept elements and is inside none of them (a briefs column or ticker in
   * the article's container). Readability drops some article furniture too (captions, subheads), which
   * render-rules leaves out anyway.
   */
  outside(element: Element): boolean;
  /** The element holds text Readability kept: a class name alone ("body-share-wrapper") does not drop it. */
  holdsKept(element: Element): boolean;
}

/**
 * Only boxes are judged: a paragraph the page appends after the parse (lazy loading, a re-read on a
 * change) is never in the kept set, but it is the article's as long as its box is.
 */
const BOXES: ReadonlySet<string> = new Set([
  'div',
  'section',
  'article',
  'aside',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'details',
  'center',
]);

/** Siblings looked at for a box's kind: enough for a live blog's page of entries, bounded on a huge list. */
const SIBLINGS_SEEN = 100;

/**
 * A box of the same kind (tag and class) as a sibling that holds kept text: a live blog's entry, or a
 * lazily loaded section, that arrived after the parse. A briefs column or a ticker is of another kind.
 */
function sameKindAsKept(element: Element, onPath: ReadonlySet<Element>): boolean {
  const siblings = element.parentElement?.children;
  if (!siblings || element.className === '') return false;
  const end = Math.min(siblings.length, SIBLINGS_SEEN);
  for (let i = 0; i < end; i++) {
    const sibling = siblings[i]!;
    const same = sibling.localName === element.localName && sibling.className === element.className;
    if (same && sibling !== element && onPath.has(sibling)) return true;
  }
  return false;
}

/** No kept element inside the root (no parse ran, or the page re-rendered them): nothing is judged. */
const NO_REGION: KeptRegion = { outside: () => false, holdsKept: () => false };

export function outsideKept(root: Element, kept: ReadonlySet<Element> | undefined): KeptRegion {
  const onPath = new Set<Element>();
  for (const element of kept ?? []) {
    if (!root.contains(element)) continue;
    for (let up: Element | null = element; up && !onPath.has(up); up = up.parentElement) onPath.add(up);
  }
  if (!kept || onPath.size === 0) return NO_REGION;
  return {
    outside(element) {
      if (!BOXES.has(element.localName) || onPath.has(element)) return false;
      for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
        if (kept.has(up)) return false;
      }
      return !sameKindAsKept(element, onPath);
    },
    holdsKept: (element) => onPath.has(element),
  };
}
