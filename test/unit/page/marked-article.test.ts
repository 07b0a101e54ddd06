// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { findMarkedArticle } from '../../../src/page/marked-article';

const para = (text: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>${text} ${i}: ${'and the story goes on at some length here. '.repeat(3)}</p>`,
  ).join('');

describe('findMarkedArticle', () => {
  it.each([
    ['one <article> with the prose', `<article><div id="body">${para('Body', 10)}</div></article>`, 'body'],
    [
      'one articleBody among several <article> teasers',
      `<article>x</article><div itemprop="articleBody" id="ab">${para('Body', 10)}</div><article>y</article>`,
      'ab',
    ],
    [
      'two <article> elements',
      `<article>${para('A', 10)}</article><article>${para('B', 10)}</article>`,
      null,
    ],
    [
      'a long comment thread outside the article',
      `<article id="a">${para('Body', 5)}</article><section>${para('Comment', 8)}</section>`,
      null,
    ],
    ['too little text to trust', `<article><p>Short story. ${'word '.repeat(20)}</p></article>`, null],
    ['no marked element', `<div>${para('Body', 10)}</div>`, null],
  ])('%s', (_name, body, expectedId) => {
    document.body.innerHTML = body;
    const found = findMarkedArticle(document);
    expect(found?.id ?? null).toBe(expectedId);
  });

  it('ignores paragraphs in navigation and footers when weighing the page', () => {
    document.body.innerHTML = `<nav>${para('Menu', 20)}</nav><article id="a">${para('Body', 10)}</article><footer>${para('Legal', 20)}</footer>`;
    expect(findMarkedArticle(document)?.id).toBe('a');
  });

  it.each([
    ['the article', `<article id="a">${para('Body', 9_000)}</article>${para('Teaser', 200)}`, 'a'],
    [
      'a comment thread as long',
      `<article id="a">${para('Body', 4_600)}</article>${para('Comment', 4_600)}`,
      null,
    ],
  ])('samples a huge page (9,000 paragraphs) and still finds %s', (_row, body, expectedId) => {
    document.body.innerHTML = body;
    const closest = vi.spyOn(Element.prototype, 'closest');
    expect(findMarkedArticle(document)?.id ?? null).toBe(expectedId);
    // Each paragraph read is checked against navigation once (and the article's own, once more).
    expect(closest.mock.calls.length).toBeLessThan(7_000);
    closest.mockRestore();
  });
});
