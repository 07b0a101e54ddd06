// @vitest-environment jsdom
// A paint past the window's limit (a huge article's first section, a live page of thousands of quotes)
// registers none of its ranges before the first look-up, then only those near the view: registered
// whole and then thinned a frame later, the 5 MB article's first section cost Chromium a 91 ms frame.
import { describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '../../../src/page/highlighter';
import type { PaintItem } from '../../../src/page/paint-item';
import { WINDOW_RANGES } from '../../../src/page/paint-window';
import { AFTER_FRAME_MS, useFakeLayout } from './fake-layout';
import { useFakeHighlights } from './fake-highlights';

const highlights = useFakeHighlights();
const layout = useFakeLayout();

/** `count` paragraphs 100 px tall, one statement each. */
function paragraphs(count: number): PaintItem[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Quote ${i}.</p>`).join('');
  const ps = [...document.querySelectorAll('p')];
  layout.stack(ps, 100);
  return ps.map((p, i) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    return { id: `s${i}`, range, color: 0, kind: 'statement' };
  });
}

/** How many ranges the registry holds, over all highlights. */
const registered = () => [...highlights().values()].reduce((sum, h) => sum + h.size, 0);

describe('highlighter past the window limit', () => {
  it('registers nothing of a paint past the limit before the first look-up, then what is near', () => {
    const items = paragraphs(WINDOW_RANGES * 2);
    const highlighter = createHighlighter(document);
    const fresh = highlighter.reconcile!(items);
    for (let i = 0; i < fresh.length; i += 16) highlighter.add(fresh.slice(i, i + 16));
    expect(registered()).toBe(0);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    // The view shows 0–768 px, and a viewport below it: paragraphs 0 to 15.
    expect(registered()).toBe(16);
    highlighter.clear();
  });

  it('beforeShowInView runs in the task that registers the first ranges (the look-up), not at the paint before it', () => {
    const items = paragraphs(WINDOW_RANGES * 2);
    const registeredWhenCalled: number[] = [];
    const highlighter = createHighlighter(document, {
      beforeShowInView: () => registeredWhenCalled.push(registered()),
    });
    highlighter.add(highlighter.reconcile!(items));
    expect(registeredWhenCalled).toEqual([]);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    expect(registered()).toBe(16);
    expect(registeredWhenCalled[0]).toBe(0);
    highlighter.clear();
  });

  it('a paint within the limit is registered at once, as before', () => {
    const items = paragraphs(WINDOW_RANGES);
    const highlighter = createHighlighter(document);
    highlighter.add(highlighter.reconcile!(items));
    expect(registered()).toBe(WINDOW_RANGES);
    highlighter.clear();
  });
});
