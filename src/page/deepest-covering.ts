// Which element is "the article": the deepest one that holds nearly all of the article's text. Boxes
// Readability or the page let through (a caption, a stray teaser) then cannot drag the root up to <body>.

/** The container must hold this share of the weighted text; the rest may be stray boxes. */
const ROOT_COVERAGE = 0.9;

/** `weights` maps elements to characters of article text directly inside them; `total` is their sum. */
export function deepestCovering(weights: ReadonlyMap<Element, number>, total: number): Element | null {
  if (total === 0) return null;
  // Every element's parent is read once (in Firefox each read of the page's DOM is a call through a
  // wrapper): paragraphs share all but their last few ancestors.
  const parents = new Map<Element, Element | null>();
  const parentOf = (element: Element): Element | null => {
    let parent = parents.get(element);
    if (parent === undefined) parents.set(element, (parent = element.parentElement));
    return parent;
  };
  const covered = new Map<Element, number>();
  for (const [element, weight] of weights) {
    for (let up: Element | null = element; up; up = parentOf(up))
      covered.set(up, (covered.get(up) ?? 0) + weight);
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [element, weight] of covered) {
    if (weight < ROOT_COVERAGE * total) continue;
    let depth = 0;
    for (let up = parentOf(element); up; up = parentOf(up)) depth++;
    if (depth > bestDepth) [best, bestDepth] = [element, depth];
  }
  return best;
}
