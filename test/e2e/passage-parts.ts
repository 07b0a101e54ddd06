// Our fixtures mark each block with [data-part] (article, other) and each quote the article holds with
// [data-quote]: then a test reads where every highlight starts and which quotes none covers.

/** In the page: the [data-part] of every highlight's start, and how many [data-quote] blocks hold none. */
const PARTS_IN = `(document, CSS) => {
  const starts = [];
  for (const [name, highlight] of CSS && CSS.highlights ? CSS.highlights : []) {
    if (name.startsWith('sourcelight')) for (const range of highlight) starts.push(range.startContainer);
  }
  for (const mark of document.querySelectorAll('sourcelight-mark')) starts.push(mark);
  const blocks = starts.map((node) => (node.nodeType === 1 ? node : node.parentElement).closest('[data-part]'));
  const parts = blocks.map((block) => (block ? block.getAttribute('data-part') : 'none'));
  const missed = [...document.querySelectorAll('[data-quote]')].filter((q) => !blocks.includes(q));
  return { parts, missed: missed.map((q) => q.textContent.slice(0, 60)) };
}`;

export const PARTS = `(${PARTS_IN})(document, globalThis.CSS)`;

/** The same, in the page's first frame (same-origin only). */
export const PARTS_IN_FRAME = `(${PARTS_IN})(document.querySelector('iframe').contentDocument, document.querySelector('iframe').contentWindow.CSS)`;
