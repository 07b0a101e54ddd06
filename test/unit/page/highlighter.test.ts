// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, highlightName } from '../../../src/page/highlighter';
import { buildTextMap, spanToRange } from '../../../src/page/text-map';

const HTML =
  '<p>The minister <a href="/x">said the <em>plan</em></a> would work.</p><p>Critics said   it would not.</p>';

function setUp() {
  document.body.innerHTML = `<article id="root">${HTML}</article>`;
  const root = document.getElementById('root')!;
  const map = buildTextMap(root, { useLayout: false });
  const rangeOf = (phrase: string) => {
    const start = map.text.indexOf(phrase);
    return spanToRange(map, { start, end: start + phrase.length })!;
  };
  return { root, rangeOf };
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

afterEach(() => {
  delete (window as { Highlight?: unknown }).Highlight;
  delete (window as { CSS?: unknown }).CSS;
});

describe('marks fallback (no Highlight API)', () => {
  it('wraps across inline elements and removes every trace on clear()', () => {
    const { root, rangeOf } = setUp();
    const before = document.body.outerHTML;
    const highlighter = createHighlighter(document);
    expect(highlighter.mode).toBe('marks');
    highlighter.add([
      { id: 's1', range: rangeOf('said the plan would'), color: 2, kind: 'statement' },
      { id: 's1', range: rangeOf('minister'), color: 2, kind: 'mention' },
      { id: 's2', range: rangeOf('it would not'), color: 3, kind: 'statement' },
    ]);
    const marks = Array.from(root.querySelectorAll('sourcelight-mark'));
    expect(marks.length).toBeGreaterThanOrEqual(4);
    expect(marks.map((m) => m.textContent).join('|')).toContain('plan');
    expect(root.textContent).toBe(new DOMParser().parseFromString(HTML, 'text/html').body.textContent);
    expect(highlighter.statementAt(0, 0, root.querySelector('em sourcelight-mark'))).toBe('s1');
    highlighter.setActive('s2');
    expect(root.querySelectorAll('sourcelight-mark[data-active]').length).toBeGreaterThan(0);
    highlighter.clear();
    expect(document.body.outerHTML).toBe(before);
    expect(root.querySelector('em')!.childNodes.length).toBe(1);
  });
});

describe('Highlight API path', () => {
  it('registers sourcelight-* highlights and touches no DOM', () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    const { rangeOf } = setUp();
    const before = document.body.outerHTML;
    const highlighter = createHighlighter(document);
    expect(highlighter.mode).toBe('highlight-api');
    highlighter.add([
      { id: 's1', range: rangeOf('said the plan would'), color: 12, kind: 'statement' },
      { id: 's1', range: rangeOf('minister'), color: 12, kind: 'mention' },
    ]);
    highlighter.setActive('s1');
    expect([...registry.keys()].every((name) => name.startsWith('sourcelight'))).toBe(true);
    const { prefix } = highlighter;
    expect(registry.get(highlightName(prefix, 'statement', 1))?.size).toBe(1);
    expect(registry.get(highlightName(prefix, 'mention', 1))?.size).toBe(1);
    expect(registry.get(highlightName(prefix, 'active'))?.size).toBe(1);
    // Colour 12 is past the palette's end: hue 1 again, with the "later" pattern on top.
    expect(registry.get(`${prefix}-later`)?.size).toBe(1);
    expect(document.body.outerHTML).toBe(before);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  it('names its highlights under a random prefix of its own, which says nothing of the settings', () => {
    const registry = new Map<string, FakeHighlight>();
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    const { rangeOf } = setUp();
    const [one, two] = [createHighlighter(document), createHighlighter(document)];
    expect(one.prefix).toMatch(/^sourcelight-[a-z0-9]{6,}$/);
    expect(two.prefix).not.toBe(one.prefix);
    one.add([{ id: 's1', range: rangeOf('minister'), color: 3, kind: 'statement' }]);
    expect([...registry.keys()]).toEqual([`${one.prefix}-speaker-3`]);
    one.clear();
  });

  it('leaves highlights it did not create alone', () => {
    const registry = new Map<string, FakeHighlight>([['page-own', new FakeHighlight()]]);
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
    const { rangeOf } = setUp();
    const highlighter = createHighlighter(document);
    highlighter.add([{ id: 's1', range: rangeOf('minister'), color: 0, kind: 'statement' }]);
    highlighter.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });
});
