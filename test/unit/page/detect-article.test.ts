// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/page/detect-article';

const longParagraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of a long story, with enough words in it to look like real prose to a reader, and then some more words so that it is long. ${'More of the same story, told at length. '.repeat(8)}</p>`,
).join('');

function ld(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

describe('detectArticle', () => {
  it.each([
    ['og:type article', '<meta property="og:type" content="article">', '<p>x</p>', 'og:type'],
    ['JSON-LD NewsArticle', ld({ '@type': 'NewsArticle', headline: 'h' }), '<p>x</p>', 'json-ld'],
    ['JSON-LD type array', ld({ '@type': ['WebPage', 'ReportageNewsArticle'] }), '<p>x</p>', 'json-ld'],
    [
      'JSON-LD in @graph',
      ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Article' }] }),
      '<p>x</p>',
      'json-ld',
    ],
    [
      'JSON-LD top-level array',
      ld([{ '@type': 'Organization' }, { '@type': 'BlogPosting' }]),
      '<p>x</p>',
      'json-ld',
    ],
    ['readable prose without metadata', '', longParagraphs, 'readerable'],
    ['og:type website, short page', '<meta property="og:type" content="website">', '<p>Home</p>', null],
    ['JSON-LD of a non-article', ld({ '@type': 'Product', name: 'Shoe' }), '<p>Buy</p>', null],
    ['malformed JSON-LD', '<script type="application/ld+json">{not json</script>', '<p>x</p>', null],
  ])('%s', (_name, head, body, expected) => {
    document.head.innerHTML = head;
    document.body.innerHTML = body;
    expect(detectArticle(document)).toBe(expected);
  });

  it.each([
    ['text/html', 'readerable'],
    ['application/xhtml+xml', 'readerable'],
    ['text/plain', null],
    ['application/json', null],
  ])('a %s document of readable prose: %s', (type, expected) => {
    const doc = new DOMParser().parseFromString(`<body>${longParagraphs}</body>`, 'text/html');
    Object.defineProperty(doc, 'contentType', { value: type });
    expect(detectArticle(doc)).toBe(expected);
  });
});
