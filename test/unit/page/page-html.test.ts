// @vitest-environment jsdom
// A copy of the page is not written out when what it would copy holds more text than its bound (known from
// a sample of its elements before any serialisation), every saved page that marks its article still
// gets its copy of it, and every copy holds the hints the page reads (skipped with a notice when
// ../shared/newspages is absent). jsdom, not linkedom: linkedom's getElementsByTagName('*') finds nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { MAX_MARKED_TEXT_CHARS } from '../../../src/content/early-copy';
import { findMarkedArticle } from '../../../src/page/marked-article';
import { readArticleHints } from '../../../src/page/article-hints';
import { copyOfPage } from '../../../src/page/page-html';

const page = (body: string) =>
  new JSDOM(`<html><head><title>T</title></head><body><main>${body}</main></body></html>`).window.document;

describe('copyOfPage past its text bound', () => {
  it('writes out nothing when what it would copy holds more text than the bound', () => {
    const doc = page(`<p>${'x'.repeat(101)}</p>`);
    const write = vi.spyOn(doc.body, 'outerHTML', 'get');
    expect(copyOfPage(doc, null, 100)).toBeNull();
    expect(copyOfPage(doc, doc.querySelector('p'), 100)).toBeNull();
    expect(write).not.toHaveBeenCalled();
  });

  it('copies a page whose text is within the bound', () => {
    expect(copyOfPage(page(`<p>${'x'.repeat(100)}</p>`), null, 100)?.html).toContain('x'.repeat(100));
  });

  // Past a few hundred elements the text is estimated from a sample of them, as on a huge article.
  const paragraphs = (count: number, chars: number) =>
    page(Array.from({ length: count }, (_, i) => `<p>${`${i}`.padEnd(chars, 'y')}</p>`).join('\n'));
  it.each([
    [20_000, 110, false],
    [20_000, 90, true],
  ])('%i paragraphs of %i characters, bound 2,000,000: copied %s', (count, chars, copied) => {
    const doc = paragraphs(count, chars);
    expect(copyOfPage(doc, doc.querySelector('main'), 2_000_000) !== null).toBe(copied);
  });
});

const DIR = join(import.meta.dirname, '../../../../shared/newspages');
const PAGES = existsSync(DIR)
  ? readdirSync(DIR).filter((name) => existsSync(join(DIR, name, 'source.html')))
  : [];
if (PAGES.length === 0) console.warn(`[page-html] ${DIR} is absent: its saved pages are skipped.`);

/** The hints read from a copy, as the background reads them (no Readability metadata). */
const copyHints = (doc: Document, marked: Element | null) => {
  const copy = copyOfPage(doc, marked);
  return copy && readArticleHints(new JSDOM(copy.html).window.document, null);
};

describe('the hints a copy holds', () => {
  // An <input> (telegraph.co.uk1) or a <div> (yahoo-3) in a <head> ends it: the tags after it land in the body.
  it.each(['<input type="hidden">', '<div></div>'])('are the page’s when %s ends its head early', (tag) => {
    const doc = new JSDOM(
      `<html lang="en"><head><title>Old title</title>${tag}<meta property="og:site_name" content="Paper">` +
        `<meta property="og:title" content="New title"></head><body><nav>Menu</nav>` +
        `<main><article><p>Text</p></article></main></body></html>`,
    ).window.document;
    const hints = readArticleHints(doc, null);
    expect(hints).toMatchObject({ title: 'New title', publisher: 'Paper' });
    expect(copyHints(doc, doc.querySelector('article'))).toEqual(hints);
    expect(copyHints(doc, null)).toEqual(hints);
  });
});

// One parse of each saved page for both checks: jsdom takes ~0.3 s a page.
describe.skipIf(PAGES.length === 0)('a saved page’s copy', () => {
  it.each(PAGES)('%s: is made of a marked article, and holds the hints the page reads', (name) => {
    const doc = new JSDOM(readFileSync(join(DIR, name, 'source.html'), 'utf8')).window.document;
    const marked = findMarkedArticle(doc);
    if (marked) expect(copyOfPage(doc, marked, MAX_MARKED_TEXT_CHARS)).not.toBeNull();
    expect(copyHints(doc, marked)).toEqual(readArticleHints(doc, null));
  });
});
