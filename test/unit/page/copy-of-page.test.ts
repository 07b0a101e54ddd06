// A parse of a copy made from the page's HTML (as Firefox's background does it) finds the same article
// as a parse of a clone on the page: the same live root and the same kept elements, on every saved real
// page that needs a parse (skipped with a notice when ../shared/newspages is absent).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locateCopied } from '../../../src/page/copy-of-page';
import { copyOfPage } from '../../../src/page/page-html';
import { locateMarked, locatePrepared } from '../../../src/page/locate-article';
import { parseCopy, readMarkedCopy } from '../../../src/page/parse-copy';
import { prepareClone } from '../../../src/page/prepare-clone';
import { buildTextMap } from '../../../src/page/text-map';

const DIR = join(import.meta.dirname, '../../../../shared/newspages');
const PAGES = existsSync(DIR)
  ? readdirSync(DIR).filter((name) => existsSync(join(DIR, name, 'source.html')))
  : [];
if (PAGES.length === 0) console.warn(`[copy-of-page] ${DIR} is absent: its comparison is skipped.`);

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe.skipIf(PAGES.length === 0)('the article found in a copy of the page', () => {
  it.each(PAGES)('%s', (name) => {
    const html = readFileSync(join(DIR, name, 'source.html'), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    // linkedom nests a second <html> on a few pages, leaving <body> empty: nothing there to copy.
    if (locateMarked(doc) || doc.body.children.length === 0) return;
    const onPage = locatePrepared(prepareClone(doc)!);
    const copy = copyOfPage(doc)!;
    const copied = locateCopied(doc, copy, { ...parseCopy(copy.html, parseHtml), workMs: 0 });
    // Compared as booleans: a diff of two DOM nodes would walk the whole page.
    expect(copied?.root === onPage?.root).toBe(true);
    expect(copied?.kept?.size).toBe(onPage?.kept?.size);
    expect(copied?.hints).toEqual(onPage?.hints);
  });

  // The background analyses the copy's article text before the page asks: the page uses that analysis
  // only if it reads the same text and hints, so they should be the same wherever layout does not differ.
  it.each(PAGES)('%s: the copy reads the text and hints the page reads', (name) => {
    const html = readFileSync(join(DIR, name, 'source.html'), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    if (locateMarked(doc) || doc.body.children.length === 0) return;
    const copy = copyOfPage(doc)!;
    const parse = { ...parseCopy(copy.html, parseHtml, true), workMs: 0 };
    const located = locateCopied(doc, copy, parse);
    if (!located?.kept) return expect(parse.article).toBeUndefined();
    const onPage = buildTextMap(located.root, { useLayout: false, kept: located.kept });
    expect(parse.article?.text === onPage.text).toBe(true);
    // linkedom writes "&" in attribute values unescaped (browsers write "&amp;"): such a page's meta
    // tags do not survive its outerHTML here, so its hints are compared in the browsers' e2e runs only.
    const unescaped = Array.from(doc.querySelectorAll('meta')).some((m) => m.outerHTML.includes('&'));
    if (!unescaped) expect(parse.article?.hints).toEqual(located.hints);
  });

  // A page that marks its article sends a copy of that element alone, for the analysis.
  it.each(PAGES)('%s: a copy of the marked article reads the text and hints the page reads', (name) => {
    const html = readFileSync(join(DIR, name, 'source.html'), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const marked = locateMarked(doc);
    if (!marked) return;
    const parse = readMarkedCopy(copyOfPage(doc, marked.root)!.html, parseHtml);
    const onPage = buildTextMap(marked.root, { useLayout: false });
    expect(parse.article?.text === onPage.text).toBe(true);
    const unescaped = Array.from(doc.querySelectorAll('meta')).some((m) => m.outerHTML.includes('&'));
    if (!unescaped) expect(parse.article?.hints).toEqual(marked.hints);
  });

  it('pairs the copy by document order, and by text where the copy was rebuilt otherwise', () => {
    const body = '<main><p>First paragraph of the story, long enough to be read.</p><p>Second</p></main>';
    const doc = parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as Document;
    const copy = copyOfPage(doc)!;
    const parsed = parseCopy(copy.html, parseHtml);
    const located = locateCopied(doc, copy, {
      pairedCount: parsed.pairedCount + 1, // the page has another shape: indices are not trusted
      kept: [{ paired: 1, weight: 52, data: 'First paragraph of the story, long enough to be read.' }],
      metadata: null,
      workMs: 0,
    });
    expect(located?.root === doc.querySelector('p')).toBe(true);
  });
});
