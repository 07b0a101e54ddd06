// The page's side of a parse done elsewhere (parse-copy.ts): the HTML a copy is made from, and the live
// container of what Readability kept of that copy. The copy's paragraph-like elements pair with the
// page's own by their place in document order, as prepare-clone.ts pairs a clone's; where the HTML did
// not rebuild the same elements (a tree scripts built that the parser would not), by their text.
import type { CopyParse } from '../shared/page-copy';
import { locateFound, weighKept, type LocatedArticle } from './locate-article';
import { findMainLandmark } from './marked-article';
import { PAIRED } from './prepare-clone';

export interface PageCopy {
  /** The page's <head> and a <body> holding `scope`'s content. */
  readonly html: string;
  /** The live part copied: the body, or a main landmark holding nearly all of the page's prose. */
  readonly scope: Element;
}

/** The page's HTML for a copy (its head, and the body or only its main landmark); null without a body. */
export function copyOfPage(doc: Document): PageCopy | null {
  const body = doc.body;
  if (!body || body.localName !== 'body') return null;
  const landmark = findMainLandmark(doc);
  const head = doc.head?.outerHTML ?? '';
  // One serialisation of the live tree (native, a few ms): no clone of it is made here.
  const bodyHtml = landmark ? `<body>${landmark.outerHTML}</body>` : body.outerHTML;
  return { html: `<!DOCTYPE html><html>${head}${bodyHtml}</html>`, scope: landmark ?? body };
}

interface PairedOnPage {
  readonly count: number;
  at(index: number): Element | undefined;
}

/** The page's paragraph-like elements in the copied part, as the copy lists them (a landmark itself first). */
function pairedOnPage({ scope }: PageCopy): PairedOnPage {
  const list = scope.querySelectorAll(PAIRED);
  const self = scope.localName !== 'body' && scope.matches(PAIRED) ? 1 : 0;
  return {
    count: list.length + self,
    at: (index) => (index < self ? scope : list[index - self]),
  };
}

/** The live container of what Readability kept of the copy (else a landmark), and the metadata. */
export function locateCopied(doc: Document, copy: PageCopy, parse: CopyParse): LocatedArticle | null {
  return locateFound(
    doc,
    () => {
      const paired = pairedOnPage(copy);
      const byIndex = paired.count === parse.pairedCount;
      const runs = parse.kept.map((text) => ({
        live: byIndex && text.paired >= 0 ? paired.at(text.paired) : undefined,
        data: text.data,
        weight: text.weight,
      }));
      return weighKept(runs, doc);
    },
    parse.metadata,
  );
}
