// @vitest-environment jsdom
// The elements in a band of the viewport, by binary search over their boxes (a fake layout: jsdom has
// none). The point of it is the few boxes read per look-up, whatever the number of elements.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlockIndex } from '../../../src/page/block-index';
import { fakeLayout, type FakeLayout } from './fake-layout';

let layout: FakeLayout;
beforeEach(() => void (layout = fakeLayout()));
afterEach(() => layout.restore());

function paragraphs(count: number): HTMLElement[] {
  document.body.innerHTML = '<p></p>'.repeat(count);
  const ps = [...document.querySelectorAll('p')];
  layout.stack(ps, 100);
  return ps;
}

describe('block index', () => {
  it('finds the elements meeting the band, in document order, though added out of it', () => {
    const ps = paragraphs(10);
    const index = createBlockIndex();
    // Added twice (the last one added, and one before it) is there once: no set of them is kept.
    for (const i of [5, 6, 7, 0, 9, 9, 3, 4, 8, 2, 1, 4, 0]) index.add(ps[i]!);
    // 250–420: the paragraphs at 200–300, 300–400 and 400–500.
    expect(index.within(250, 420)).toEqual([ps[2], ps[3], ps[4]]);
    layout.scrollTo(600);
    expect(index.within(10, 150)).toEqual([ps[6], ps[7]]);
    expect(index.within(900, 1000)).toEqual([]);
    layout.scrollTo(0);
    expect(index.within(0, 1000)).toEqual(ps);
  });

  it('reads a few dozen boxes among 1,000 elements', () => {
    const ps = paragraphs(1_000);
    const index = createBlockIndex();
    for (const p of ps) index.add(p);
    layout.reads();
    layout.scrollTo(50_000);
    expect(index.within(-768, 1536)).toHaveLength(24);
    expect(layout.reads()).toBeLessThan(24 + 2 * Math.log2(1_000) + 8);
  });

  it('drops elements the page removed', () => {
    const ps = paragraphs(10);
    const index = createBlockIndex();
    for (const p of ps) index.add(p);
    ps[3]!.remove();
    ps[9]!.remove();
    expect(index.within(250, 420)).toEqual([ps[2], ps[4]]);
  });
});
