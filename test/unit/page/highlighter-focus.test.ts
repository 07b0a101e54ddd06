// @vitest-environment jsdom
// "Show only one speaker": the others' highlights move to the dim highlight (or their marks get
// data-dim) and come back; nothing is removed from the page either way.
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../src/page/highlighter';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

function setUp() {
  document.body.innerHTML = '<p id="a">Ana said it would work.</p><p id="b">Bo said it would not.</p>';
  const rangeOf = (id: string) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(id)!);
    return range;
  };
  const items = [
    { id: 's1', range: rangeOf('a'), color: 0, kind: 'statement' as const },
    { id: 's2', range: rangeOf('b'), color: 1, kind: 'statement' as const },
  ];
  return { items, rangeOf };
}

afterEach(() => {
  delete (window as { Highlight?: unknown }).Highlight;
  delete (window as { CSS?: unknown }).CSS;
});

describe('setFocus', () => {
  it('moves the other speakers to the dim highlight and back (Highlight API)', () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    const { items, rangeOf } = setUp();
    const highlighter = createHighlighter(document, { prefix: 'sourcelight' });
    highlighter.add(items);
    const sizes = () => Object.fromEntries([...registry].map(([name, h]) => [name, h.size]));
    expect(sizes()).toEqual({ 'sourcelight-speaker-0': 1, 'sourcelight-speaker-1': 1 });
    highlighter.setFocus(new Set(['s1']));
    expect(sizes()).toEqual({ 'sourcelight-speaker-0': 1, 'sourcelight-speaker-1': 0, 'sourcelight-dim': 1 });
    // Painted while in focus mode (a chunk arriving late): dimmed at once.
    highlighter.add([{ ...items[1]!, id: 's3', range: rangeOf('b') }]);
    expect(sizes()['sourcelight-dim']).toBe(2);
    highlighter.setFocus(null);
    expect(sizes()).toEqual({ 'sourcelight-speaker-0': 1, 'sourcelight-speaker-1': 2, 'sourcelight-dim': 0 });
  });

  it('marks the other speakers data-dim and clears it (fallback marks)', () => {
    const { items } = setUp();
    const highlighter = createHighlighter(document, { forceMarks: true });
    highlighter.add(items);
    const dimmed = () =>
      [...document.querySelectorAll('sourcelight-mark[data-dim]')].map((m) => m.textContent);
    highlighter.setFocus(new Set(['s2']));
    expect(dimmed()).toEqual(['Ana said it would work.']);
    highlighter.setFocus(null);
    expect(dimmed()).toEqual([]);
    expect(document.body.textContent).toBe('Ana said it would work.Bo said it would not.');
  });
});
