// In-page probes of where the real-page suite's highlights lie: outside the article region (as
// test/golden/article-region.ts defines it), and the paragraph each starts in.

/**
 * In the page: the text of every highlight that starts outside the article region, the way
 * test/golden/article-region.ts defines it (the deepest element holding 90% of the blocks found in
 * article.txt, minus navigation, asides, footers, comments and related links). `truth` is article.txt's
 * letters and digits, or null (then only the non-article boxes count).
 */
export const OUTSIDE_REGION = `(truth) => {
  const letters = (t) => t.normalize('NFKC').replace(/[^\\p{L}\\p{N}]+/gu, '').toLowerCase();
  const BLOCKS = 'p, li, blockquote, pre, h2, h3, h4, h5, h6, td, dd';
  const NON_ARTICLE = 'nav, aside, footer, header nav, [class*="comment" i], [id*="comment" i], [class*="related" i]';
  const covered = new Map();
  let total = 0;
  for (const block of document.querySelectorAll(BLOCKS)) {
    const text = truth === null || block.querySelector(BLOCKS) ? '' : letters(block.textContent);
    if (text.length < 40 || !truth.includes(text)) continue;
    total += text.length;
    for (let up = block; up; up = up.parentElement) covered.set(up, (covered.get(up) || 0) + text.length);
  }
  let region = null;
  let depth = -1;
  for (const [element, weight] of total >= 0.1 * (truth || '').length ? covered : []) {
    let d = 0;
    for (let up = element.parentElement; up; up = up.parentElement) d++;
    if (weight >= 0.9 * total && d > depth) [region, depth] = [element, d];
  }
  const starts = [];
  for (const [name, highlight] of globalThis.CSS && CSS.highlights ? CSS.highlights : []) {
    if (name.startsWith('sourcelight')) for (const range of highlight) starts.push([range.startContainer, range.toString()]);
  }
  for (const mark of document.querySelectorAll('sourcelight-mark')) starts.push([mark, mark.textContent]);
  return starts
    .filter(([node]) => {
      const element = node.nodeType === 1 ? node : node.parentElement;
      return element.closest(NON_ARTICLE) || (region && !region.contains(element));
    })
    .map(([, text]) => text.slice(0, 80));
}`;

/** In the page: every highlight's text and the text of the paragraph (p, li, blockquote, dd) it starts in. */
export const HIGHLIGHT_PARAGRAPHS = `(() => {
  const out = [];
  const paragraph = (node) =>
    ((node.nodeType === 1 ? node : node.parentElement).closest('p, li, blockquote, dd') || {}).textContent || '';
  for (const [name, highlight] of globalThis.CSS && CSS.highlights ? CSS.highlights : []) {
    if (!name.startsWith('sourcelight')) continue;
    for (const range of highlight) out.push({ name, text: range.toString(), paragraph: paragraph(range.startContainer) });
  }
  for (const mark of document.querySelectorAll('sourcelight-mark'))
    out.push({ name: 'sourcelight-mark', text: mark.textContent, paragraph: paragraph(mark) });
  return out;
})()`;

/** Characters (whitespace left out) of a paragraph's opening that place it in article.txt. */
export const PARAGRAPH_OPENING = 80;

/** Letters and digits only, as OUTSIDE_REGION compares them. */
export const letters = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
