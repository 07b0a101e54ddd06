// Readability over a copy of the page rebuilt from its HTML (copy-of-page.ts), run where reading a DOM is
// cheap: Firefox's background page has a DOM of its own, while a Firefox content script reads the page's
// through Xray wrappers (its parse there costs about twice the page's own). Pruned and parsed as
// prepare-clone.ts and parse-prepared.ts do on the page; what Readability kept goes back as plain data.
import type { CopyParse, KeptText } from '../shared/page-copy';
import { MIN_MATCH_CHARS } from './locate-article';
import { parsePrepared } from './parse-prepared';
import { PAIRED, prune } from './prepare-clone';

const SHOW_TEXT = 4;

/**
 * The copy's paragraph-like elements in document order, as the page lists its own: a copy is parsed with
 * scripting off, so <noscript> holds elements here that are only text on the page.
 */
function pairedInCopy(root: ParentNode): Map<Element, number> {
  const indices = new Map<Element, number>();
  for (const element of Array.from(root.querySelectorAll(PAIRED))) {
    if (!element.closest('noscript')) indices.set(element, indices.size);
  }
  return indices;
}

function keptTexts(content: Node, indices: ReadonlyMap<Element, number>): KeptText[] {
  const kept: KeptText[] = [];
  const walker = content.ownerDocument!.createTreeWalker(content, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data.trim();
    if (data.length === 0) continue;
    const paired = node.parentElement?.closest(PAIRED);
    kept.push({
      paired: (paired && indices.get(paired)) ?? -1,
      weight: data.length,
      data: data.length >= MIN_MATCH_CHARS ? data : null,
    });
  }
  return kept;
}

/** What Readability keeps of the page whose HTML is `html`; `parseHtml` is the context's own DOMParser. */
export function parseCopy(html: string, parseHtml: (html: string) => Document): Omit<CopyParse, 'workMs'> {
  const copy = parseHtml(html);
  const indices = pairedInCopy(copy.body ?? copy);
  prune(copy);
  const { parsed } = parsePrepared({ doc: copy, clone: copy, pairs: new Map() });
  return {
    pairedCount: indices.size,
    kept: parsed?.content ? keptTexts(parsed.content, indices) : [],
    metadata: parsed
      ? {
          title: parsed.title ?? null,
          byline: parsed.byline ?? null,
          siteName: parsed.siteName ?? null,
          publishedTime: parsed.publishedTime ?? null,
        }
      : null,
  };
}
