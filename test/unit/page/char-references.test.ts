// JSON-LD strings with the page's character references in them read as the page shows them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readArticleHints } from '../../../src/page/article-hints';
import { decodeReferences } from '../../../src/page/char-references';

describe('decodeReferences', () => {
  it.each([
    ['Bernard Arnault&#8217;s LVMH', 'Bernard Arnault’s LVMH'],
    ['Caf&#xE9; &amp; Bar', 'Café & Bar'],
    ['&quot;Quoted&quot; &lt;b&gt;', '"Quoted" <b>'],
    ['plain text, no references', 'plain text, no references'],
    ['an unknown &hellip; stays', 'an unknown &hellip; stays'],
    ['&#0; &#xD800; &#99999999; stay', '&#0; &#xD800; &#99999999; stay'],
    ['&#128512; is one code point', '😀 is one code point'],
  ])('%s → %s', (text, decoded) => {
    expect(decodeReferences(text)).toBe(decoded);
  });
});

describe('readArticleHints', () => {
  it("decodes the references in JSON-LD's headline, author and publisher", () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Arnault&#8217;s LVMH Gives the Louvre $16M',
      author: { name: 'Anne O&#8217;Brien' },
      publisher: { name: 'Smith &amp; Sons' },
    });
    const doc = new JSDOM(`<script type="application/ld+json">${ld}</script>`).window.document;
    const hints = readArticleHints(doc, null);
    expect([hints.title, hints.byline, hints.publisher]).toEqual([
      'Arnault’s LVMH Gives the Louvre $16M',
      'Anne O’Brien',
      'Smith & Sons',
    ]);
  });
});
