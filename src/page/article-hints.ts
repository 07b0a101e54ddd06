// What the page says about itself: title, publisher, byline, date. The publisher's own JSON-LD is
// preferred, then meta tags, then what Readability guessed from the markup.
import type { ArticleHints } from '../core/types';
import { ARTICLE_TYPES } from './detect-article';
import { nameOf, readJsonLd, typesOf, type JsonLdNode } from './json-ld';
import { decodeReferences } from './char-references';

/** The subset of Readability's result used here. */
export interface ReadabilityMetadata {
  readonly title?: string | null | undefined;
  readonly byline?: string | null | undefined;
  readonly siteName?: string | null | undefined;
  readonly publishedTime?: string | null | undefined;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

function first(...values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const trimmed = value?.replace(/\s+/g, ' ').trim();
    if (trimmed) return trimmed;
  }
  return null;
}

function articleNode(doc: Document): JsonLdNode | null {
  const nodes = readJsonLd(doc);
  return nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type))) ?? null;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? decodeReferences(value) : null;
}

/** A JSON-LD name, its character references decoded (char-references.ts). */
const ldName = (value: unknown): string | null => {
  const name = nameOf(value);
  return name === null ? null : decodeReferences(name);
};

export function readArticleHints(doc: Document, parsed: ReadabilityMetadata | null): ArticleHints {
  const ld = articleNode(doc);
  return {
    title: first(
      stringOf(ld?.headline),
      metaContent(doc, 'meta[property="og:title"]'),
      parsed?.title,
      doc.querySelector('title')?.textContent,
    ),
    publisher: first(
      ldName(ld?.publisher),
      metaContent(doc, 'meta[property="og:site_name"]'),
      parsed?.siteName,
    ),
    byline: first(ldName(ld?.author), parsed?.byline, metaContent(doc, 'meta[name="author"]')),
    published: first(
      stringOf(ld?.datePublished),
      metaContent(doc, 'meta[property="article:published_time"]'),
      parsed?.publishedTime,
    ),
    // What the page says it is written in; the core trusts the text over it where the text can tell.
    language: first(
      doc.documentElement?.getAttribute('lang'),
      stringOf(ld?.inLanguage),
      metaContent(doc, 'meta[property="og:locale"]'),
    ),
  };
}
