// Statements come only from the article's own text: fixtures (written for this test) put quotes in a
// briefs column, a comment thread, a live ticker, and media captions and address lines inside the article's container. Every statement
// must lie in a [data-part="article"] block, and every [data-quote] paragraph must still yield one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index';
import { extractArticle } from '../../../src/page/extract-article';
import { locateArticle } from '../../../src/page/locate-article';
import { buildTextMap, type TextMap } from '../../../src/page/text-map';

const DIR = join(import.meta.dirname, '../../fixtures/article-only');

const PARSERS: Record<string, (html: string) => Document> = {
  linkedom: (html) => parseHTML(html).document as unknown as Document,
  jsdom: (html) => new JSDOM(html).window.document,
};

/** Fixture and the shape it stands for. */
const FIXTURES = [
  ['briefs.html', 'a "more business news" column between the paragraphs'],
  ['comments.html', "a readers' comment thread under the story"],
  ['ticker.html', 'a timestamped news ticker between the paragraphs'],
  ['embeds.html', "a video's and a photo's small-print captions, and lines of web addresses"],
] as const;

/**
 * Each fixture both ways: with no <article> Readability decides (and says what it kept); inside one
 * <article> the fast path does, with no parse.
 */
const VARIANTS: Record<'parsed' | 'marked', (html: string) => string> = {
  parsed: (html) => html.replace(/<(\/?)article\b/g, '<$1div'),
  marked: (html) =>
    html.includes('<article')
      ? html
      : html.replace('<body>', '<body><article>').replace('</body>', '</article></body>'),
};

const ROWS = FIXTURES.flatMap(([file, shape]) =>
  (['parsed', 'marked'] as const).flatMap((variant) =>
    Object.keys(PARSERS).map((parser) => [file, shape, variant, parser] as const),
  ),
);

function nodeAt(map: TextMap, offset: number): Text {
  return map.pieces.find((p) => p.textStart <= offset && offset < p.textStart + p.length)!.node;
}

describe('only the article', () => {
  it.each(ROWS)('%s (%s), %s, in %s', (file, _shape, variant, parser) => {
    const doc = PARSERS[parser]!(VARIANTS[variant](readFileSync(join(DIR, file), 'utf8')));
    const article = extractArticle(doc)!;
    expect(article).not.toBeNull();
    expect(locateArticle(doc)?.kept !== undefined, 'Readability decided').toBe(variant === 'parsed');
    const statements = analyze(article.text, article.hints).statements;
    const blocks = new Set<Element>();
    for (const statement of statements) {
      const block = nodeAt(article.map, statement.start).parentElement!.closest('[data-part]');
      expect(block?.getAttribute('data-part'), `"${statement.text}" is article text`).toBe('article');
      blocks.add(block!);
    }
    const quoted = Array.from(doc.querySelectorAll('[data-quote]'));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const paragraph of quoted) expect(blocks.has(paragraph), paragraph.textContent!).toBe(true);
  });

  it.each(FIXTURES)('%s: the parts that are not the article hold statements too', (file) => {
    const doc = PARSERS.linkedom!(readFileSync(join(DIR, file), 'utf8'));
    const others = Array.from(doc.querySelectorAll('[data-part="other"]'), (part) =>
      part.textContent!.replace(/\s+/g, ' '),
    );
    expect(analyze(others.join('\n\n'), {}).statements.length).toBeGreaterThanOrEqual(2);
  });

  it('a comment thread Readability dropped is left out only because it dropped it', () => {
    // "shoutbox": a name Readability drops boxes for and the text map's own class words do not know.
    const html = readFileSync(join(DIR, 'comments.html'), 'utf8').replace(
      'class="community"',
      'class="shoutbox"',
    );
    const doc = PARSERS.linkedom!(html);
    const located = locateArticle(doc)!;
    const withKept = buildTextMap(located.root, { useLayout: false, kept: located.kept }).text;
    const without = buildTextMap(located.root, { useLayout: false }).text;
    expect(without).toContain('living room');
    expect(withKept).not.toContain('living room');
    expect(withKept).toContain('Sunday is the only day');
  });

  it('a box Readability kept stays, whatever its class name says ("body-share-wrapper")', () => {
    const story = (n: number) =>
      `<div class="item-body-share-wrapper">${[1, 2, 3]
        .map(
          (i) =>
            `<p>Story ${n}, paragraph ${i}: the council met again and argued about the budget for a long while, and then, after a short break, argued about the roads, the schools and the harbour.</p>`,
        )
        .join('')}</div>`;
    const doc = PARSERS.linkedom!(
      `<html><body><div class="list">${[1, 2, 3].map(story).join('')}</div></body></html>`,
    );
    const article = extractArticle(doc)!;
    expect(article?.text).toContain('Story 1, paragraph 1');
    expect(article.text).toContain('Story 3, paragraph 3');
  });
});
