// @vitest-environment jsdom
// Past the limit, only ranges within a viewport of the view are registered, looked up in the frame after
// the view moves (a fake layout: paragraphs 100 px tall, a 768 px viewport).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaintedRange } from '../../../src/page/highlight-api';
import { createPaintWindow } from '../../../src/page/paint-window';
import { AFTER_FRAME_MS, fakeLayout, type FakeLayout } from './fake-layout';

let layout: FakeLayout;
/** Every window a test made: cleared after it, so none hears the next test's scrolling. */
const windows: { clear(): void }[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  layout = fakeLayout();
});
afterEach(() => {
  for (const made of windows.splice(0)) made.clear();
  layout.restore();
  vi.useRealTimers();
});

function setUp(paragraphs: number, limit: number) {
  document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>Quote ${i}.</p>`).join('');
  const ps = [...document.querySelectorAll('p')];
  layout.stack(ps, 100);
  const entries: PaintedRange[] = [];
  const byRange = new Map<AbstractRange, PaintedRange>();
  const shown = new Set<AbstractRange>();
  const inView = createPaintWindow(
    document,
    { entries, byRange },
    (entry) => shown.add(entry.range),
    (entry) => shown.delete(entry.range),
    limit,
  );
  windows.push(inView);
  for (const [i, p] of ps.entries()) {
    const range = document.createRange();
    range.selectNodeContents(p);
    const entry: PaintedRange = { id: `s${i}`, range, name: 'x', kind: 'statement', color: 0 };
    entries.push(entry);
    byRange.set(range, entry);
    inView.add(entry);
  }
  /** The paragraph numbers painted now. */
  const painted = () => entries.flatMap((entry, i) => (shown.has(entry.range) ? [i] : []));
  return { ps, entries, shown, inView, painted };
}

const from = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe('paint window', () => {
  it('registers every range while there are few, and follows no scrolling', () => {
    const { shown, inView, entries } = setUp(5, 10);
    expect(shown.size).toBe(5);
    expect(entries.every(inView.shows)).toBe(true);
    layout.scrollTo(300);
    vi.advanceTimersByTime(100);
    expect(layout.frames()).toBe(0);
  });

  it('past the limit, registers what is within a viewport of the view from the next frame, and follows it', () => {
    const { inView, entries, painted } = setUp(40, 10);
    // What was painted stays until the first look-up; what came after waits for it.
    expect(painted()).toEqual(from(0, 10));
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    // The view shows 0–768: a viewport more below it reaches paragraph 15.
    expect(painted()).toEqual(from(0, 15));
    expect(inView.shows(entries[3]!)).toBe(true);
    expect(inView.shows(entries[20]!)).toBe(false);
    layout.scrollTo(2000);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    // 2000 − 768 = 1232 (paragraph 12 ends at 1300) to 2000 + 1536 = 3536 (paragraph 35 starts at 3500).
    expect(painted()).toEqual(from(12, 35));
  });

  it('hides what was painted far from the view at the first look-up, not before (no frame unpainted)', () => {
    const { inView, entries, painted } = setUp(40, 20);
    expect(painted()).toEqual(from(0, 20));
    expect(inView.shows(entries[20]!)).toBe(true);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    expect(painted()).toEqual(from(0, 15));
    expect(inView.shows(entries[20]!)).toBe(false);
  });

  it('watches with no IntersectionObserver (Chromium recomputes every target in each frame the page changes)', () => {
    const observers = vi.fn();
    vi.stubGlobal('IntersectionObserver', observers);
    Object.assign(document.defaultView!, { IntersectionObserver: observers });
    setUp(40, 10);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    expect(observers).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('a forgotten range leaves its paragraph near: a new range there is painted at once', () => {
    const { ps, entries, shown, inView } = setUp(40, 10);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    inView.forget(entries[4]!);
    const again = { ...entries[4]!, range: document.createRange() };
    again.range.selectNodeContents(ps[4]!);
    inView.add(again);
    expect(shown.has(again.range)).toBe(true);
  });

  it('stops following the view once cleared', () => {
    const { inView } = setUp(40, 10);
    vi.advanceTimersByTime(AFTER_FRAME_MS);
    inView.clear();
    const frames = layout.frames();
    layout.scrollTo(2000);
    vi.advanceTimersByTime(100);
    expect(layout.frames()).toBe(frames);
  });
});
