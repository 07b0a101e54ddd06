// Hostile shapes for every walk over page data: deep JSON-LD, oversized blocks, DOM nested tens of
// thousands deep. None may throw, and one bad block never costs the rest of the page. The same page code
// runs over linkedom in the CLI, so each row runs there too.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract-article';
import { nameOf, readJsonLd } from '../../../src/page/json-ld';
import { buildTextMap } from '../../../src/page/text-map';

const PROSE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i}: "We will keep going," the minister said on Tuesday, adding that the plan ` +
    `would take years of careful and patient work to finish.</p>`,
).join('');

const nest = (depth: number, open: string, inner: string, close: string) =>
  open.repeat(depth) + inner + close.repeat(depth);
const block = (json: string) => `<script type="application/ld+json">${json}</script>`;
const GOOD = block('{"@type":"NewsArticle","headline":"Good headline","author":{"name":"Ann Writer"}}');

const HOSTILE_BLOCKS: readonly [string, string][] = [
  ['author array 20,000 deep', `{"@type":"Person","author":${nest(20_000, '[', '"X"', ']')}}`],
  ['arrays 20,000 deep', nest(20_000, '[', '{"@type":"NewsArticle"}', ']')],
  ['@graph 20,000 deep', nest(20_000, '{"@graph":', '{"@type":"NewsArticle"}', '}')],
  ['objects 20,000 deep', nest(20_000, '{"a":', '1', '}')],
  ['a 2 MB block', `{"@type":"NewsArticle","headline":"${'x'.repeat(2_000_000)}"}`],
  ['10,000 objects', JSON.stringify(Array.from({ length: 10_000 }, () => ({ '@type': 'Thing' })))],
  ['malformed', '{"@type": "NewsArticle",'],
];

type Parse = (html: string) => Document;
const PARSERS: readonly [string, Parse][] = [
  ['jsdom', (html) => new JSDOM(html).window.document],
  ['linkedom (the CLI)', (html) => parseHTML(html).document as unknown as Document],
];

describe.each(PARSERS)('over %s', (_name, parse) => {
  it.each(HOSTILE_BLOCKS)('%s: skipped, the good block and the article still read', (_row, json) => {
    const doc = parse(
      `<html><head>${block(json)}${GOOD}</head><body><article>${PROSE}</article></body></html>`,
    );
    const article = extractArticle(doc, { useLayout: false });
    expect(article?.text).toContain('We will keep going');
    expect(article?.hints.title).toBe('Good headline');
    expect(article?.hints.byline).toBe('Ann Writer');
  });

  it("the article node's own author 20,000 arrays deep: no byline from it, no throw", () => {
    const deep = `{"@type":"NewsArticle","headline":"Deep","author":${nest(20_000, '[', '"X"', ']')}}`;
    const doc = parse(`<html><head>${block(deep)}</head><body><article>${PROSE}</article></body></html>`);
    const article = extractArticle(doc, { useLayout: false });
    expect(article?.hints.title).toBe('Deep');
    expect(article?.hints.byline).not.toBe('X');
  });
});

describe('the text map', () => {
  // jsdom's own tree code recurses (it cannot build this), so linkedom's DOM stands in for a browser's.
  it('a DOM nested 30,000 deep (built by script) reads without overflowing the stack', () => {
    const doc = parseHTML('<html><body></body></html>').document as unknown as Document;
    let parent: Element = doc.querySelector('body')!;
    for (let i = 0; i < 30_000; i++) parent = parent.appendChild(doc.createElement('span'));
    parent.append('deep words');
    expect(buildTextMap(doc.querySelector('body')!, { useLayout: false }).text).toBe('deep words');
  });
});

describe('readJsonLd and nameOf', () => {
  it.each([
    [['Ann', { name: 'Bob' }], 'Ann, Bob'],
    [[['Ann', 'Bob']], 'Ann, Bob'],
    [nest(3, '[', '', ']'), null],
    [
      Array.from({ length: 5000 }, (_, i) => `N${i}`),
      Array.from({ length: 20 }, (_, i) => `N${i}`).join(', '),
    ],
  ])('nameOf(%j) is %j', (value, expected) => {
    expect(nameOf(typeof value === 'string' ? JSON.parse(value || '[]') : value)).toBe(expected);
  });

  it('keeps 100 objects of a block, 500 of a page', () => {
    const wide = JSON.stringify(Array.from({ length: 10_000 }, () => ({ '@type': 'Thing' })));
    const read = (blocks: number) =>
      readJsonLd(parseHTML(`<head>${block(wide).repeat(blocks)}</head>`).document as unknown as Document);
    expect(read(1)).toHaveLength(100);
    expect(read(7)).toHaveLength(500);
  });
});
