// @vitest-environment jsdom
// Boxes the page adds after the parse: a live blog's new entry (the kind of its kept siblings) is the
// article's; a briefs column or a ticker (another kind) is not.
import { describe, expect, it } from 'vitest';
import { outsideKept } from '../../../src/page/outside-kept';

const ENTRY = (n: number) =>
  `<article class="entry"><time datetime="2026-03-01T10:0${n}">10:0${n}</time><p>Entry ${n}.</p></article>`;

describe('outsideKept', () => {
  it.each([
    ['a new entry of a live blog', '<article class="entry"><p>New entry.</p></article>', false],
    ['a briefs column', '<div class="briefs"><p>Brief.</p></div>', true],
    ['a box of the same tag but another class', '<article class="teaser"><p>Teaser.</p></article>', true],
    ['a box without a class', '<article><p>Something.</p></article>', true],
  ])('%s appended after the parse: outside %s', (_, html, outside) => {
    document.body.innerHTML = `<main id="root"><div id="entries">${[1, 2, 3].map(ENTRY).join('')}</div></main>`;
    const root = document.getElementById('root')!;
    const kept = new Set<Element>(root.querySelectorAll('p'));
    const entries = document.getElementById('entries')!;
    entries.insertAdjacentHTML('afterbegin', html);
    expect(outsideKept(root, kept).outside(entries.firstElementChild!)).toBe(outside);
  });
});
