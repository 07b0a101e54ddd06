// The page's main article region, defined without the extractor under test: where the page's own
// article.txt (the suite's ground truth) lies in its DOM. A statement whose text node lies outside that
// region, or inside a box that is never the article (navigation, asides, footers, comments, related
// links), is a passage outside the article.
import { deepestCovering } from '../../src/page/deepest-covering';

/** Never the article, whatever the container: the boxes the golden test has always excluded. */
const NON_ARTICLE =
  'nav, aside, footer, header nav, [class*="comment" i], [id*="comment" i], [class*="related" i]';

/** The blocks whose text is compared with article.txt. */
const BLOCKS = 'p, li, blockquote, pre, h2, h3, h4, h5, h6, td, dd';
/** Shorter blocks (datelines, "Advertisement") recur anywhere on a page: they say nothing about the region. */
const MIN_BLOCK_LETTERS = 40;

/** Letters and digits only, lower case: pages and article.txt differ in spacing and quote marks. */
export function letters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/**
 * The deepest element holding nine tenths of the page's article.txt text (by blocks found verbatim in
 * it), or null when too little of article.txt is found on the page to place it.
 */
export function truthRegion(doc: Document, truth: string): Element | null {
  const truthLetters = letters(truth);
  const weights = new Map<Element, number>();
  let total = 0;
  for (const block of Array.from(doc.querySelectorAll(BLOCKS))) {
    if (block.querySelector(BLOCKS)) continue; // the innermost block carries the text
    const text = letters(block.textContent ?? '');
    if (text.length < MIN_BLOCK_LETTERS || !truthLetters.includes(text)) continue;
    weights.set(block, text.length);
    total += text.length;
  }
  // Under a tenth of article.txt found block by block: the saved page and article.txt disagree.
  if (total < 0.1 * truthLetters.length) return null;
  return deepestCovering(weights, total);
}

/** Why a statement's text node is outside the article, or null when it is inside. */
export function outsideArticle(node: Text, region: Element | null): string | null {
  const box = node.parentElement?.closest(NON_ARTICLE);
  if (box) return `in a non-article box <${box.localName} class="${box.getAttribute('class') ?? ''}">`;
  if (region && !region.contains(node)) return 'outside the region of article.txt';
  return null;
}
