// @vitest-environment jsdom
// Past the limit, only ranges near the viewport are registered; the observer moves them in and out.
import { describe, expect, it } from 'vitest';
import type { PaintedRange } from '../../../src/page/highlight-api';
import { createPaintWindow } from '../../../src/page/paint-window';

/** An IntersectionObserver the test drives: report(el, near) is what the browser would say. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly watched = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element): void {
    this.watched.add(el);
  }
  unobserve(el: Element): void {
    this.watched.delete(el);
  }
  disconnect(): void {
    this.watched.clear();
  }
  report(el: Element, near: boolean): void {
    this.callback([{ target: el, isIntersecting: near } as unknown as IntersectionObserverEntry]);
  }
}

function setUp(paragraphs: number, limit: number) {
  document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>Quote ${i}.</p>`).join('');
  (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
  const entries: PaintedRange[] = [];
  const byRange = new Map<Range, PaintedRange>();
  const shown = new Set<Range>();
  const inView = createPaintWindow(
    document,
    { entries, byRange },
    (entry) => shown.add(entry.range),
    (entry) => shown.delete(entry.range),
    limit,
  );
  const ps = [...document.querySelectorAll('p')];
  for (const [i, p] of ps.entries()) {
    const range = document.createRange();
    range.selectNodeContents(p);
    const entry: PaintedRange = { id: `s${i}`, range, name: 'x', kind: 'statement', color: 0 };
    entries.push(entry);
    byRange.set(range, entry);
    inView.add(entry);
  }
  return { ps, entries, shown, inView, observer: FakeObserver.last! };
}

describe('paint window', () => {
  it('registers every range while there are few', () => {
    const { shown, inView, entries } = setUp(5, 10);
    expect(shown.size).toBe(5);
    expect(entries.every(inView.shows)).toBe(true);
  });

  it('past the limit, registers only what the observer says is near, and follows it', () => {
    const { ps, shown, inView, entries, observer } = setUp(30, 10);
    expect(shown.size).toBe(0);
    observer.report(ps[3]!, true);
    observer.report(ps[4]!, true);
    expect([...shown]).toEqual([entries[3]!.range, entries[4]!.range]);
    expect(inView.shows(entries[3]!)).toBe(true);
    expect(inView.shows(entries[20]!)).toBe(false);
    observer.report(ps[3]!, false);
    expect([...shown]).toEqual([entries[4]!.range]);
    // A range forgotten (a refresh replaced it) leaves its paragraph watched: a new range there is near at once.
    inView.forget(entries[4]!.range);
    observer.report(ps[4]!, false);
    expect([...shown]).toEqual([entries[4]!.range]);
    observer.report(ps[4]!, true);
    const again = { ...entries[4]!, range: document.createRange() };
    again.range.selectNodeContents(ps[4]!);
    inView.add(again);
    expect(shown.has(again.range)).toBe(true);
    inView.clear();
    expect(observer.watched.size).toBe(0);
  });
});
