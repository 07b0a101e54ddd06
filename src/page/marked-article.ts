// Shortcuts the page's own markup offers extraction. Many news pages mark their one article plainly,
// with a single <article> element or schema.org articleBody: when that element holds nearly all of the
// page's paragraph text, it is the article and the Readability parse (the costliest step of a pass) is
// skipped. Failing that, a main landmark holding all but a sliver of that text narrows what Readability
// reads.
import { deepestCovering } from './deepest-covering';

/** Paragraphs shorter than this (datelines, captions, teaser lines) do not count. */
const MIN_PARAGRAPH_CHARS = 40;
/** The marked element must hold this share of the page's paragraph text: comments or teaser lists elsewhere stay below it. */
const MIN_SHARE = 0.85;
/** Below this much paragraph text inside it, the marked element is not trusted to be the article. */
const MIN_CHARS = 1000;
const OUTSIDE_PROSE = 'nav, aside, footer, header, form, noscript, template';

function onlyOne(doc: Document, selector: string): Element | null {
  const found = doc.querySelectorAll(selector);
  return found.length === 1 ? found[0]! : null;
}

interface Prose {
  /** Paragraphs inside the element, with their lengths. */
  readonly inside: Map<Element, number>;
  readonly insideTotal: number;
  readonly pageTotal: number;
}

/**
 * Paragraphs read at most: a huge page (a 5 MB article has 40,000) is sampled evenly, which keeps the
 * shares this check compares and costs one short task instead of a second (cold, in Chromium).
 */
const MAX_PARAGRAPHS_READ = 4_000;

/** The page's paragraph text (long paragraphs outside navigation and the like), and how much lies inside `element`. */
function proseInside(doc: Document, element: Element): Prose {
  const inside = new Map<Element, number>();
  let insideTotal = 0;
  let pageTotal = 0;
  // Read by index: the paragraphs skipped are never wrapped for script (Array.from wrapped all 40,000).
  const all = doc.querySelectorAll('p');
  const step = Math.max(1, Math.ceil(all.length / MAX_PARAGRAPHS_READ));
  for (let i = 0; i < all.length; i += step) {
    const paragraph = all[i]!;
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || paragraph.closest(OUTSIDE_PROSE)) continue;
    pageTotal += length;
    if (!element.contains(paragraph)) continue;
    inside.set(paragraph, length);
    insideTotal += length;
  }
  return { inside, insideTotal, pageTotal };
}

const holdsNearlyAll = (prose: Prose, share: number): boolean =>
  prose.insideTotal >= MIN_CHARS && prose.insideTotal >= share * prose.pageTotal;

/** The page's own article element when it is unambiguous, else null (then Readability decides). */
export function findMarkedArticle(doc: Document): Element | null {
  const marked = onlyOne(doc, '[itemprop="articleBody"]') ?? onlyOne(doc, 'article');
  if (!marked) return null;
  const prose = proseInside(doc, marked);
  if (!holdsNearlyAll(prose, MIN_SHARE)) return null;
  return deepestCovering(prose.inside, prose.insideTotal) ?? marked;
}

/**
 * A main landmark is the page's main content, not necessarily one article (it may hold teasers, a
 * comment thread): it is not the article itself, but when it holds all but a sliver of the page's
 * paragraph text, Readability need read nothing outside it.
 */
const MAIN_SHARE = 0.95;

/** The page's one main landmark when it holds nearly all of the page's paragraph text, else null. */
export function findMainLandmark(doc: Document): Element | null {
  const main = onlyOne(doc, 'main, [role="main"]');
  return main && holdsNearlyAll(proseInside(doc, main), MAIN_SHARE) ? main : null;
}
