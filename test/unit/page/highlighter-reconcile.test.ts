// @vitest-environment jsdom
// A refresh paints again through reconcile(): what is painted and wanted again stays untouched (each
// change to a highlight makes the browser revalidate every highlighted range), the rest leaves every
// highlight, and clicks and the open card follow the statement ids the refresh gave.
import { describe, expect, it } from 'vitest';
import { createHighlighter, highlightName } from '../../../src/page/highlighter';
import type { PaintItem } from '../../../src/page/paint-item';
import { FakeHighlight, useFakeHighlights } from './fake-highlights';

const highlights = useFakeHighlights();

const ranges = (count: number) => Array.from({ length: count }, () => document.createRange());
const item = (
  id: string,
  range: AbstractRange,
  color = 0,
  kind: PaintItem['kind'] = 'statement',
): PaintItem => ({
  id,
  range,
  color,
  kind,
});

describe('reconcile', () => {
  it('keeps what is wanted again without touching it, removes the rest everywhere', () => {
    const highlighter = createHighlighter(document);
    const [a, b, c] = ranges(3) as [Range, Range, Range];
    highlighter.add([item('s1', a), item('s2', b, 13), item('s3', c)]);
    highlighter.setActive('s2');
    FakeHighlight.changes = 0;
    const d = document.createRange();
    // a again, and a new range to add.
    expect(highlighter.reconcile!([item('s1', a), item('s4', d)])).toEqual([item('s4', d)]);
    const { prefix } = highlighter;
    expect([...highlights().get(highlightName(prefix, 'statement', 0))!]).toEqual([a]);
    // b was in its colour's highlight, the "later" overline and the active one: gone from all three.
    expect([...highlights().values()].some((h) => h.has(b))).toBe(false);
    expect(FakeHighlight.changes).toBe(4);
  });

  it.each([
    ['another colour', item('s1', document.createRange(), 2)],
    ['another kind', item('s1', document.createRange(), 0, 'mention')],
  ])('a range wanted in %s is not kept', (_row, wanted) => {
    const highlighter = createHighlighter(document);
    highlighter.add([item('s1', wanted.range)]);
    expect(highlighter.reconcile!([wanted])).toEqual([wanted]);
  });

  it('a kept range takes its new statement id (the open card, clicks)', () => {
    const highlighter = createHighlighter(document);
    const [a] = ranges(1) as [Range];
    highlighter.add([item('s1', a)]);
    expect(highlighter.reconcile!([item('s7', a)])).toEqual([]);
    highlighter.setActive('s7');
    expect([...highlights().get(highlightName(highlighter.prefix, 'active'))!]).toEqual([a]);
  });

  it('what is painted, first and as it was: nothing to remove, the rest to add', () => {
    const highlighter = createHighlighter(document);
    const [a, b, c] = ranges(3) as [Range, Range, Range];
    highlighter.add([item('s1', a), item('s2', b, 13)]);
    FakeHighlight.changes = 0;
    expect(highlighter.reconcile!([item('s1', a), item('s2', b, 13), item('s3', c)])).toEqual([
      item('s3', c),
    ]);
    expect(FakeHighlight.changes).toBe(0);
  });

  it('the marks fallback has none (it clears and paints again)', () => {
    expect(createHighlighter(document, { forceMarks: true }).reconcile).toBeUndefined();
  });
});
