// @vitest-environment jsdom
// Every click on the page is hit-tested against the highlights, so a click away from them must not look
// at each highlight in turn: however many paragraphs are highlighted, it touches none of their ranges.
// (300 here: jsdom updates every live range on each DOM change, so thousands make the test itself slow.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hitTestRanges, indexRanges } from '../../../src/page/hit-test';
import { Spot } from '../../../src/page/spot';

const PARAGRAPHS = 300;

function page(): { ranges: Range[]; plain: Text; covered: Text } {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>Quote number <b>${i}</b> here.</p>`);
  document.body.innerHTML = `${paragraphs.join('')}<p id="plain">Nothing highlighted.</p>`;
  const ranges = Array.from(document.querySelectorAll('p:not(#plain)'), (p) => {
    const range = document.createRange();
    range.setStart(p.firstChild!, 6); // "number <b>i</b> here": across three text nodes
    range.setEnd(p.lastChild!, 5);
    return range;
  });
  const covered = document.querySelectorAll('p b')[123]!.firstChild as Text;
  return { ranges, plain: document.getElementById('plain')!.firstChild as Text, covered };
}

/** The caret lands on `node`; every range's rects contain the point (jsdom has no layout). */
function caretOn(node: Text): void {
  Object.assign(document, {
    caretRangeFromPoint: () => {
      const caret = document.createRange();
      caret.setStart(node, 1);
      return caret;
    },
  });
  Object.assign(Range.prototype, {
    getClientRects: () => [{ left: 0, right: 100, top: 0, bottom: 100 }],
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
  delete (Range.prototype as { getClientRects?: unknown }).getClientRects;
});

describe('hitTestRanges', () => {
  it('a click off the highlights looks at none of them', () => {
    const { ranges, plain } = page();
    const index = indexRanges(ranges);
    caretOn(plain);
    const looked = vi.spyOn(Range.prototype, 'isPointInRange');
    expect(hitTestRanges(document, 10, 10, index)).toBeNull();
    expect(looked).not.toHaveBeenCalled();
  });

  it('a click on a highlight finds it among the few on its text node', () => {
    const { ranges, covered } = page();
    const index = indexRanges(ranges);
    caretOn(covered);
    const looked = vi.spyOn(Range.prototype, 'isPointInRange');
    expect(hitTestRanges(document, 10, 10, index)).toBe(ranges[123]);
    expect(looked.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('indexes every text node a range crosses, and nothing outside it', () => {
    const { ranges } = page();
    const index = indexRanges(ranges.slice(0, 1));
    const p = document.querySelector('p')!;
    expect([...index.byNode.keys()]).toEqual([p.firstChild, p.querySelector('b')!.firstChild, p.lastChild]);
  });

  it('over spots: a click on a highlight makes the live Range of the passages on its node only', () => {
    const { ranges, covered } = page();
    const spots = ranges.map(
      (r) =>
        new Spot({
          startNode: r.startContainer as Text,
          startOffset: r.startOffset,
          endNode: r.endContainer as Text,
          endOffset: r.endOffset,
        }),
    );
    const made = vi.spyOn(document, 'createRange');
    const index = indexRanges(spots);
    expect(index.byNode.get(covered)).toEqual([spots[123]]);
    caretOn(covered);
    expect(hitTestRanges(document, 10, 10, index)).toBe(spots[123]);
    // The caret's own Range, and the clicked passage's.
    expect(made).toHaveBeenCalledTimes(2);
    expect(spots[123]!.current()?.toString()).toBe('number 123 here');
  });
});
