// The page's side of a parse done elsewhere (parse-copy.ts): the HTML a copy is made from, and the live
// container of what Readability kept of that copy. The copy's paragraph-like elements pair with the
// page's own by their place in document order, as prepare-clone.ts pairs a clone's; where the HTML did
// not rebuild the same elements (a tree scripts built that the parser would not), by their text.
import type { CopyParse } from '../shared/page-copy';
import { locateFound, weighKept, type LocatedArticle } from './locate-article';
import type { PageCopy } from './page-html';
import { PAIRED } from './prepare-clone';

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
