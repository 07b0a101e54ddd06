// The fast path of extraction: many news pages mark their one article plainly, with a single <article>
// element or schema.org articleBody. When that element holds nearly all of the page's paragraph text,
// it is the article and the Readability parse (the costliest step of a pass) can be skipped.
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

/** The page's own article element when it is unambiguous, else null (then Readability decides). */
export function findMarkedArticle(doc: Document): Element | null {
  const marked = onlyOne(doc, '[itemprop="articleBody"]') ?? onlyOne(doc, 'article');
  if (!marked) return null;
  const inside = new Map<Element, number>();
  let insideTotal = 0;
  let pageTotal = 0;
  for (const paragraph of Array.from(doc.querySelectorAll('p'))) {
    const length = (paragraph.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || paragraph.closest(OUTSIDE_PROSE)) continue;
    pageTotal += length;
    if (!marked.contains(paragraph)) continue;
    inside.set(paragraph, length);
    insideTotal += length;
  }
  if (insideTotal < MIN_CHARS || insideTotal < MIN_SHARE * pageTotal) return null;
  return deepestCovering(inside, insideTotal) ?? marked;
}
