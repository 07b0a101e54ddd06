// The first of the extraction's three tasks: a copy of the page for Readability (which rewrites its
// input), pruned of what is never the article, with its paragraphs paired to the live ones so that
// what Readability keeps leads back to the page's own nodes.
import { findMainLandmark } from './marked-article';

/**
 * Elements Readability keeps as they are, paired clone → live by their place in document order
 * (cloneNode(true) keeps the structure). A native querySelectorAll on each document is far cheaper than
 * walking every text node; the text of anything else is matched by content instead (below).
 */
export const PAIRED = 'p, li, blockquote, pre, h2, h3, h4, h5, h6, td, dd';

function pairElements(live: ParentNode, clone: ParentNode): Map<Element, Element> {
  const pairs = new Map<Element, Element>();
  const liveList = live.querySelectorAll(PAIRED);
  const cloneList = clone.querySelectorAll(PAIRED);
  if (liveList.length !== cloneList.length) return pairs;
  for (let i = 0; i < liveList.length; i++) pairs.set(cloneList[i]!, liveList[i]!);
  return pairs;
}

/**
 * Parts of the clone Readability would only wade through (scripts, media, form controls, hidden parts)
 * or that are never the article (navigation, asides, footers): the text map skips all of them too.
 * Removed up front, they make the parse cheaper than Readability on the whole page (a third less on
 * pages full of images and buttons). Not <form>: some sites wrap the whole page in one.
 */
const PRUNED = [
  'script, style, noscript, template, svg, iframe, object, embed, canvas',
  'img, picture, video, audio, source, button, input, select, textarea, dialog',
  '[hidden], [aria-hidden="true"], body link, body meta',
  'nav, aside, footer',
].join(', ');

/** A pruned clone of the page with its paragraphs paired to the live ones: the first of three tasks. */
export interface PreparedClone {
  readonly doc: Document;
  readonly clone: Document;
  readonly pairs: ReadonlyMap<Element, Element>;
}

export function prepareClone(doc: Document): PreparedClone | null {
  // Not doc.body: linkedom creates a missing <body> on access, and the page must stay untouched.
  if (!doc.documentElement) return null;
  // Copied straight into an empty document (importNode: one walk, where cloning then adopting walks
  // twice), paired and pruned while detached, then inserted: cloning the whole Document instead re-parses
  // every inline <style> (one 80 ms task on a page with 1 MB of CSS). Where the DOM implementation
  // lacks a step, the plain Document clone is used.
  const imported = importedCopy(doc, findMainLandmark(doc));
  if (imported) {
    const { clone, root, live, copy } = imported;
    const pairs = pairElements(live, copy);
    prune(root);
    clone.replaceChild(root, clone.documentElement);
    if (clone.documentElement === root) return { doc, clone, pairs };
  }
  const clone = doc.cloneNode(true) as Document;
  const plainPairs = pairElements(doc, clone);
  prune(clone);
  return { doc, clone, pairs: plainPairs };
}

/** Kept though empty: they separate the text around them. */
const EMPTY_KEPT: ReadonlySet<string> = new Set(['br', 'hr', 'td', 'th']);
const NON_SPACE = /\S/;

/** Removes from a copy of the page what is never the article (PRUNED) and the body's boxes left without text. */
export function prune(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(PRUNED))) element.remove();
  // Then the body's elements left without any text (icon and ad slots, wrappers of what was just
  // removed), children before parents so that emptied wrappers go too: a fifth of the elements on big
  // pages, each of which Readability would score. Not the head: its <meta> tags are the metadata.
  const body = root.querySelector('body');
  const all = body ? Array.from(body.querySelectorAll('*')) : [];
  for (let i = all.length - 1; i >= 0; i--) {
    const element = all[i]!;
    if (element.firstElementChild || EMPTY_KEPT.has(element.localName)) continue;
    if (!NON_SPACE.test(element.textContent ?? '')) element.remove();
  }
}

interface ImportedCopy {
  readonly clone: Document;
  /** The copy's <html>, not yet in `clone`. */
  readonly root: Element;
  /** The live part copied in full, and its copy: their paragraphs pair up one to one. */
  readonly live: ParentNode;
  readonly copy: ParentNode;
}

/**
 * The page copied into a new document: all of it, or, given a scope, its <head> (for the metadata) and
 * a <body> holding only the scope: Readability then reads a fraction of the page.
 */
function importedCopy(doc: Document, scope: Element | null): ImportedCopy | null {
  try {
    const clone = doc.implementation.createHTMLDocument('');
    const html = doc.documentElement;
    if (!scope) {
      const root = clone.importNode(html, true);
      return root.ownerDocument === clone ? { clone, root, live: doc, copy: root } : null;
    }
    const root = clone.importNode(html, false);
    const copy = clone.importNode(scope, true);
    for (const child of Array.from(html.children)) {
      if (child.localName === 'head') root.append(clone.importNode(child, true));
      if (child.localName !== 'body') continue;
      const body = clone.importNode(child, false);
      body.append(copy);
      root.append(body);
    }
    return copy.parentNode && copy.ownerDocument === clone ? { clone, root, live: scope, copy } : null;
  } catch {
    return null;
  }
}
