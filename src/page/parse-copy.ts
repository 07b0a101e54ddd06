// Readability over a copy of the page rebuilt from its HTML (copy-of-page.ts), run where reading a DOM is
// cheap: Firefox's background page has a DOM of its own, while a Firefox content script reads the page's
// through Xray wrappers (its parse there costs about twice the page's own). Pruned and parsed as
// prepare-clone.ts and parse-prepared.ts do on the page; what Readability kept goes back as plain data,
// with the article's text read from an untouched copy as the page will read it (copy-of-page.ts pairs
// the same way), for the background to analyse before the page asks.
import type { CopyArticle, CopyParse, KeptText } from '../shared/page-copy';
import { readArticleHints } from './article-hints';
import { keptTextRuns, weighKept } from './locate-article';
import { parsePrepared } from './parse-prepared';
import { PAIRED, prune } from './prepare-clone';
import { buildTextMap } from './text-map';

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

const keptTexts = (content: Node, indices: ReadonlyMap<Element, number>): KeptText[] =>
  keptTextRuns(content, (paired) => indices.get(paired)).map(({ paired, data, weight }) => ({
    paired: paired ?? -1,
    weight,
    data,
  }));

/**
 * The article's text in an untouched copy, found from what Readability kept as the page finds its own
 * (locateCopied): the same runs, paired by index, read without layout. Null where nothing was kept.
 */
function articleInCopy(intact: Document, parse: Omit<CopyParse, 'workMs'>): CopyArticle | null {
  if (parse.kept.length === 0) return null;
  const paired = [...pairedInCopy(intact.body ?? intact).keys()];
  const byIndex = paired.length === parse.pairedCount;
  const runs = parse.kept.map((text) => ({
    live: byIndex && text.paired >= 0 ? paired[text.paired] : undefined,
    data: text.data,
    weight: text.weight,
  }));
  const found = weighKept(runs, intact);
  if (!found) return null;
  const { text } = buildTextMap(found.root, { useLayout: false, kept: found.kept });
  return { text, hints: readArticleHints(intact, parse.metadata) };
}

/**
 * A copy of the one element the page marks as its article (copyOfPage's `marked`): no parse, only its text
 * read as the page reads it (locateMarked: the whole element, the page's own metadata).
 */
export function readMarkedCopy(
  html: string,
  parseHtml: (html: string) => Document,
): Omit<CopyParse, 'workMs'> {
  const copy = parseHtml(html);
  const root = copy.body?.firstElementChild;
  const found = { pairedCount: 0, kept: [], metadata: null };
  if (!root) return found;
  const { text } = buildTextMap(root, { useLayout: false });
  return { ...found, article: { text, hints: readArticleHints(copy, null) } };
}

/**
 * What Readability keeps of the page whose HTML is `html`; `parseHtml` is the context's own DOMParser.
 * With `withArticle`, also the article's text, read in a clone made first (Readability rewrites its input).
 */
export function parseCopy(
  html: string,
  parseHtml: (html: string) => Document,
  withArticle = false,
): Omit<CopyParse, 'workMs'> {
  const copy = parseHtml(html);
  const intact = withArticle ? (copy.cloneNode(true) as Document) : null;
  const indices = pairedInCopy(copy.body ?? copy);
  prune(copy);
  const { parsed } = parsePrepared({ doc: copy, clone: copy, pairs: new Map() });
  const found = {
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
  const article = intact && articleInCopy(intact, found);
  return article ? { ...found, article } : found;
}
