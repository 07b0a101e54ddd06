// Golden tests over every saved real news page in ../shared/newspages (skipped with a notice when absent):
// the article container is found, its text is the article (checked against article.txt where the suite
// had one), every statement lies inside the article and none in navigation, related links or comments,
// and extraction and highlighting leave the page exactly as it was.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';
import { extractArticle } from '../../src/page/extract-article';
import { createHighlighter } from '../../src/page/highlighter';
import { spanToRange, type TextMap } from '../../src/page/text-map';
import { letters, outsideArticle, truthRegion } from './article-region';

const DIR = join(import.meta.dirname, '../../../shared/newspages');
const PAGES = existsSync(DIR)
  ? readdirSync(DIR).filter((name) => statSync(join(DIR, name)).isDirectory())
  : [];
if (PAGES.length === 0) console.warn(`[golden] ${DIR} is absent: the news-page golden tests are skipped.`);

/** jsdom is slow on big pages: the highlight round trip runs on pages up to this size. */
const JSDOM_MAX_BYTES = 70_000;
/** Paragraphs shorter than this (datelines, credits) are not compared with article.txt. */
const MIN_PARAGRAPH = 30;
/** Per page, this share of the extracted paragraphs must be article text; across pages, the next two. */
const MIN_PAGE_PRECISION = 0.5;
const MIN_OVERALL_PRECISION = 0.9;
const MIN_OVERALL_RECALL = 0.85;

/** Whitespace, quote styles and compatibility forms differ between a page and its article.txt. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map(normalize)
    .filter((p) => p.length >= MIN_PARAGRAPH);
}

function nodeAt(map: TextMap, offset: number): Text | null {
  return map.pieces.find((p) => p.textStart <= offset && offset < p.textStart + p.length)?.node ?? null;
}

function load(name: string): { html: string; truth: string | null } {
  const truthPath = join(DIR, name, 'article.txt');
  return {
    html: readFileSync(join(DIR, name, 'source.html'), 'utf8'),
    truth: existsSync(truthPath) ? readFileSync(truthPath, 'utf8') : null,
  };
}

const totals = { extracted: 0, inTruth: 0, truth: 0, found: 0, statements: 0, statementsInTruth: 0 };
/** Statements outside the page's article region (article-region.ts), and the pages they are on. */
const region = { statements: 0, outside: 0, pages: new Set<string>(), placed: 0 };

/**
 * Share of statements (on pages with an article.txt) whose text is in article.txt. Not 1: some suites'
 * article.txt is an older or trimmed version of the saved page (whole paragraphs of the page's own
 * article body are missing from it), so a few true article statements cannot be found there.
 */
const MIN_STATEMENTS_IN_TRUTH = 0.97;

describe.skipIf(PAGES.length === 0)('real news pages (linkedom)', () => {
  it.each(PAGES)('%s', (name) => {
    const { html, truth } = load(name);
    const doc = parseHTML(html).document as unknown as Document;
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc);
    expect(article, 'article found').not.toBeNull();
    expect(doc.documentElement.outerHTML, 'page unchanged by extraction').toBe(before);
    const { text, map } = article!;
    expect(article!.root.contains(map.pieces[0]!.node)).toBe(true);

    const analysis = analyze(text, article!.hints);
    const truthRoot = truth === null ? null : truthRegion(doc, truth);
    if (truthRoot) region.placed++;
    for (const statement of analysis.statements) {
      expect(
        text.slice(statement.start, statement.end),
        'statement text is the analysed text at its span',
      ).toBe(statement.text);
      const node = nodeAt(map, statement.start);
      expect(node, `statement ${statement.id} maps to the page`).not.toBeNull();
      expect(article!.root.contains(node), 'inside the article container').toBe(true);
      region.statements++;
      const outside = outsideArticle(node!, truthRoot);
      if (outside === null) continue;
      region.outside++;
      region.pages.add(name);
      console.info(`[golden] ${name}: outside the article (${outside}): "${statement.text.slice(0, 80)}"`);
    }

    if (truth === null) return;
    const truthText = normalize(truth);
    const extracted = paragraphs(text);
    const inTruth = extracted.filter((p) => truthText.includes(p)).length;
    const flat = normalize(text);
    const truthParagraphs = paragraphs(truth);
    totals.extracted += extracted.length;
    totals.inTruth += inTruth;
    totals.truth += truthParagraphs.length;
    totals.found += truthParagraphs.filter((p) => flat.includes(p)).length;
    expect(
      inTruth / Math.max(1, extracted.length),
      'share of extracted paragraphs in article.txt',
    ).toBeGreaterThanOrEqual(MIN_PAGE_PRECISION);
    const truthLetters = letters(truth);
    for (const statement of analysis.statements) {
      totals.statements++;
      if (truthLetters.includes(letters(statement.text))) totals.statementsInTruth++;
      else console.info(`[golden] ${name}: statement not in article.txt: "${statement.text.slice(0, 80)}"`);
    }
  });

  it('extracts the article text across all pages (precision and recall by paragraph)', () => {
    const precision = totals.inTruth / totals.extracted;
    const recall = totals.found / totals.truth;
    const statementShare = totals.statementsInTruth / Math.max(1, totals.statements);
    console.info(
      `[golden] paragraphs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ` +
        `statements in article.txt: ${totals.statementsInTruth}/${totals.statements}`,
    );
    console.info(
      `[golden] region: ${region.outside}/${region.statements} statements outside the article on ` +
        `${region.pages.size} pages [${[...region.pages].join(', ')}]; article.txt placed on ${region.placed} pages`,
    );
    expect(region.outside, 'statements outside the article region').toBe(0);
    expect(statementShare).toBeGreaterThanOrEqual(MIN_STATEMENTS_IN_TRUTH);
    expect(precision).toBeGreaterThanOrEqual(MIN_OVERALL_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_OVERALL_RECALL);
  });
});

const SMALL = PAGES.filter((name) => statSync(join(DIR, name, 'source.html')).size <= JSDOM_MAX_BYTES);

describe.skipIf(SMALL.length === 0)('highlighting leaves real pages unchanged (jsdom)', () => {
  it.each(SMALL)('%s', (name) => {
    const { html } = load(name);
    const { document } = new JSDOM(html).window;
    const outer = document.documentElement.outerHTML;
    const text = document.body.textContent;
    const article = extractArticle(document)!;
    expect(article).not.toBeNull();
    const analysis = analyze(article.text, article.hints);
    const ranges = analysis.statements
      .map((s) => spanToRange(article.map, s))
      .filter((r): r is Range => r !== null);
    expect(ranges.length).toBe(analysis.statements.length);
    for (const [i, range] of ranges.entries()) {
      // The range covers the statement's words on the page.
      expect(normalize(range.toString()).replace(/ /g, '')).toBe(
        normalize(analysis.statements[i]!.text).replace(/ /g, ''),
      );
    }
    const highlighter = createHighlighter(document, { forceMarks: true });
    highlighter.add(ranges.map((range, i) => ({ id: `s${i}`, range, color: i, kind: 'statement' as const })));
    if (ranges.length > 0) expect(document.querySelector('sourcelight-mark')).not.toBeNull();
    expect(document.body.textContent).toBe(text);
    highlighter.clear();
    expect(document.documentElement.outerHTML).toBe(outer);
  });
});
