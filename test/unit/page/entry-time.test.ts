// @vitest-environment jsdom
// A live blog's statements carry the time of the entry that holds them; an ordinary article's do not.
import { describe, expect, it, vi } from 'vitest';
import { entryTimeOf, entryTimes } from '../../../src/page/entry-time';

const entry = (time: string, text: string) =>
  `<article class="entry"><time datetime="${time}">${time.slice(11, 16)}</time><div><p>${text}</p></div></article>`;

const LIVE_BLOG = `<main id="root"><h1>Live: the vote</h1><div>${[
  entry('2026-03-01T10:30:00Z', '“We have the numbers,” said Ada Ren.'),
  entry('2026-03-01T10:10:00Z', 'The count goes on, the clerk said.'),
  entry('2026-03-01T09:50:00Z', 'Polls have closed.'),
].join('')}</div><p>Summary paragraph with no entry.</p></main>`;

const ARTICLE = `<main id="root"><article><header><time datetime="2026-03-01T08:00:00Z">1 March</time></header>
  <p>“We have the numbers,” said Ada Ren.</p><p>The count goes on, the clerk said.</p></article></main>`;

function setUp(html: string): { root: Element; paragraphs: Text[] } {
  document.body.innerHTML = html;
  const root = document.getElementById('root')!;
  return { root, paragraphs: [...root.querySelectorAll('p')].map((p) => p.firstChild as Text) };
}

describe('entryTimes', () => {
  it.each([
    [
      'a live blog: each statement has its entry’s time',
      LIVE_BLOG,
      { a: '2026-03-01T10:30:00Z', b: '2026-03-01T10:10:00Z' },
    ],
    ['an article with one byline date: none', ARTICLE, {}],
  ])('%s', (_, html, expected) => {
    const { root, paragraphs } = setUp(html);
    const statements = [
      { id: 'a', node: paragraphs[0]! },
      { id: 'b', node: paragraphs[1]! },
      { id: 'c', node: null },
    ];
    expect(entryTimes(root, statements)).toEqual(expected);
  });

  it('gives no time to text outside every entry', () => {
    const { root, paragraphs } = setUp(LIVE_BLOG);
    expect(entryTimeOf(paragraphs.at(-1)!, root)).toBeNull();
  });

  it('reads the timed elements once, however many statements a long live blog has', () => {
    const { root } = setUp(
      `<main id="root">${Array.from({ length: 200 }, (_, i) => entry(`2026-03-01T10:${String(i % 60).padStart(2, '0')}:00Z`, `Said ${i}.`)).join('')}</main>`,
    );
    const statements = [...root.querySelectorAll('p')].map((p, i) => ({ id: `s${i}`, node: p.firstChild }));
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    const times = entryTimes(root, statements);
    expect(Object.keys(times)).toHaveLength(200);
    expect(times['s59']).toBe('2026-03-01T10:59:00Z');
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
  });
});
