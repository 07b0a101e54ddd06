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

export interface PageCopy {
  /** The page's title and meta tags, and a <body> holding `scope`'s content. */
  readonly html: string;
  /** The live part copied: the body, or a main landmark holding nearly all of the page's prose. */
  readonly scope: Element;
}

/**
 * The page's HTML for a copy (what Readability reads of its head, and the body or only its main landmark,
 * or only `marked`: the article the page marks itself, which needs no parse); null without a body.
 */
export function copyOfPage(doc: Document, marked: Element | null = null): PageCopy | null {
  const body = doc.body;
  if (!body || body.localName !== 'body') return null;
  const landmark = marked ?? findMainLandmark(doc);
  if ((landmark ?? body).getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  const scope = landmark ?? body;
  const kept = doc.head ? Array.from(doc.head.querySelectorAll(HEAD_READ), (el) => el.outerHTML) : [];
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
