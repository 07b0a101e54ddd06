// Which element is "the article": the deepest one that holds nearly all of the article's text. Boxes
// Readability or the page let through (a caption, a stray teaser) then cannot drag the root up to <body>.

/** The container must hold this share of the weighted text; the rest may be stray boxes. */
const ROOT_COVERAGE = 0.9;

/** `weights` maps elements to characters of article text directly inside them; `total` is their sum. */
export function deepestCovering(weights: ReadonlyMap<Element, number>, total: number): Element | null {
  if (total === 0) return null;
  const covered = new Map<Element, number>();
  for (const [element, weight] of weights) {
    for (let up: Element | null = element; up; up = up.parentElement)
      covered.set(up, (covered.get(up) ?? 0) + weight);
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [element, weight] of covered) {
    if (weight < ROOT_COVERAGE * total) continue;
    let depth = 0;
    for (let up = element.parentElement; up; up = up.parentElement) depth++;
    if (depth > bestDepth) [best, bestDepth] = [element, depth];
  }
  return best;
}
