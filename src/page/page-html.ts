// The HTML a copy of the page is made from (parse-copy.ts parses it elsewhere; copy-of-page.ts finds the
// page's own nodes for what was kept). Kept apart, and small, because the document_start script sends it
// as soon as the document is parsed.
import { findMainLandmark } from './marked-article';

/**
 * What Readability reads in a <head>: the title and the meta tags. The rest (a megabyte of inline CSS,
 * scripts) would only be serialised and parsed again.
 */
const HEAD_READ = 'title, meta';
/**
 * The page's JSON-LD, which Readability does not read but the article's hints do (article-hints.ts): with
 * it and the page's language the background reads the hints the page reads, and can analyse the article.
 */
const JSON_LD = 'script[type="application/ld+json"]';

/**
 * Readability's own cap in parse-prepared.ts: a page with more elements is not parsed, so it is not
 * serialised either (a 5 MB page's markup takes a long task to write out).
 */
const MAX_ELEMENTS = 60_000;

/**
 * Elements read to estimate a copy's text, evenly spread: the estimate is one short step on any page
 * (0.4 ms on a 5 MB article in Chromium, where its textContent takes 15–30 ms and its markup 35–50 ms).
 */
const SAMPLED_ELEMENTS = 500;
/** Child nodes read per element, the rest scaled from them: an <article> may hold 80,000. */
const SAMPLED_CHILDREN = 64;
/** Node.TEXT_NODE (a constant here: no global Node is needed). */
const TEXT_NODE = 3;

/**
 * About how much text `scope` holds: each element's own text nodes, read in an even sample of its
 * descendants and scaled to their count; exact on a page of few elements.
 */
function estimatedText(scope: Element, descendants: HTMLCollectionOf<Element>): number {
  const count = descendants.length;
  const step = Math.max(1, count / SAMPLED_ELEMENTS);
  let sampled = 0;
  let read = 0;
  for (let at = 0; at < count; at += step, read++) sampled += ownText(descendants[Math.floor(at)]!);
  return ownText(scope) + (read === 0 ? 0 : (sampled * count) / read);
}

/** Whether `root` holds about more than `chars` of text (outside scripts and styles), read from a sample. */
export function holdsTextOver(root: Element, chars: number): boolean {
  return estimatedText(root, root.getElementsByTagName('*')) > chars;
}

/** Elements whose text is no page text: a page's inline data may be megabytes. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The length of `element`'s own text nodes (those of its first SAMPLED_CHILDREN children, scaled); none
 * for a script's or a style's.
 */
function ownText(element: Element): number {
  if (NOT_TEXT.has(element.localName)) return 0;
  let chars = 0;
  let read = 0;
  for (let node = element.firstChild; node && read < SAMPLED_CHILDREN; node = node.nextSibling, read++)
    if (node.nodeType === TEXT_NODE) chars += (node as Text).data.length;
  return read < SAMPLED_CHILDREN ? chars : (chars * element.childNodes.length) / read;
}

export interface PageCopy {
  /** The page's title and meta tags, and a <body> holding `scope`'s content. */
  readonly html: string;
  /** The live part copied: the body, or a main landmark holding nearly all of the page's prose. */
  readonly scope: Element;
}

/**
 * The page's HTML for a copy (what Readability reads of its head, and the body or only its main landmark,
 * or only `marked`: the article the page marks itself, which needs no parse); null without a body, or
 * when what would be copied holds about more than `maxTextChars` of text: that is known before any of it
 * is written out (a 5 MB article's markup takes a long task to serialise, only to be thrown away).
 */
export function copyOfPage(
  doc: Document,
  marked: Element | null = null,
  maxTextChars = Infinity,
): PageCopy | null {
  const body = doc.body;
  if (!body || body.localName !== 'body') return null;
  const landmark = marked ?? findMainLandmark(doc);
  const scope = landmark ?? body;
  const elements = scope.getElementsByTagName('*');
  if (elements.length > MAX_ELEMENTS || estimatedText(scope, elements) > maxTextChars) return null;
  const kept = doc.head ? Array.from(doc.head.querySelectorAll(HEAD_READ), (el) => el.outerHTML) : [];
  // Meta tags the parser put in the body, outside what is copied below: an element that is not a head's
  // (an <input>, a <div>) ends the head where it stands, and the og: tags after it land in the body. The
  // page reads its hints from them there; without them the copy's hints differed, and the background's
  // analysis of it was thrown away for a second one (telegraph.co.uk1, yahoo-3 in the saved pages).
  for (const meta of Array.from(body.getElementsByTagName('meta'))) {
    if (!scope.contains(meta)) kept.push(meta.outerHTML);
  }
  // The JSON-LD outside what is copied below (in the head, or beside a landmark), in the page's order.
  for (const script of Array.from(doc.querySelectorAll(JSON_LD))) {
    if (!scope.contains(script)) kept.push(script.outerHTML);
  }
  const head = `<head>${kept.join('')}</head>`;
  // One serialisation of the live tree (native, a few ms): no clone of it is made here.
  const bodyHtml = landmark ? `<body>${landmark.outerHTML}</body>` : body.outerHTML;
  const lang = doc.documentElement.getAttribute('lang');
  const html = lang === null ? '<html>' : `<html lang="${escapeAttribute(lang)}">`;
  return { html: `<!DOCTYPE html>${html}${head}${bodyHtml}</html>`, scope };
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
