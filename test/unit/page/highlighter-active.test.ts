// @vitest-environment jsdom
// The open card's statement is set again at each show of a huge article's sections: where it has not
// changed, no highlight is touched (in Chromium any change to a registered highlight, even clear() on an
// empty one, repaints the whole document: 30 ms a frame on a 5 MB article).
import { describe, expect, it } from 'vitest';
import { createHighlighter, highlightName } from '../../../src/page/highlighter';
import type { PaintItem } from '../../../src/page/paint-item';
import { FakeHighlight, useFakeHighlights } from './fake-highlights';

const highlights = useFakeHighlights();

const item = (id: string, range: Range): PaintItem => ({ id, range, color: 0, kind: 'statement' });

function painted() {
  const highlighter = createHighlighter(document);
  const [a, b] = [document.createRange(), document.createRange()];
  highlighter.add([item('s1', a), item('s2', b)]);
  FakeHighlight.changes = 0;
  return { highlighter, a, b, active: () => highlights().get(highlightName(highlighter.prefix, 'active')) };
}

describe('setActive', () => {
  it('with no card ever open, none again registers and changes nothing', () => {
    const { highlighter, active } = painted();
    highlighter.setActive(null);
    expect(active()).toBeUndefined();
    expect(FakeHighlight.changes).toBe(0);
  });

  it('the same statement again changes nothing; another one, or none, does', () => {
    const { highlighter, a, b, active } = painted();
    highlighter.setActive('s2');
    expect([...active()!]).toEqual([b]);
    const afterFirst = FakeHighlight.changes;
    highlighter.setActive('s2');
    expect(FakeHighlight.changes).toBe(afterFirst);
    highlighter.setActive('s1');
    expect([...active()!]).toEqual([a]);
    highlighter.setActive(null);
    expect(active()!.size).toBe(0);
    const cleared = FakeHighlight.changes;
    highlighter.setActive(null);
    expect(FakeHighlight.changes).toBe(cleared);
  });
});
