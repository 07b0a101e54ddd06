// @vitest-environment jsdom
// The side panel follows the reading: the first passage in the reading band is told, at most once per
// 250 ms and only when it changed; an open card holds the panel on its statement until it closes. The
// observer is a fake: jsdom has no layout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaintItem } from '../../../src/page/paint-item';
import { followPassagesInView } from '../../../src/content/follow-passages-in-view';
import type { Highlighter } from '../../../src/page/highlighter';

vi.mock('webextension-polyfill', () => ({ default: {} }));

class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(readonly callback: (changes: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(element: Element): void {
    this.observed.add(element);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** The band now holds `inside` and no longer `outside`. */
  scroll(inside: Element[], outside: Element[] = []): void {
    this.callback([
      ...inside.map((target) => ({ target, isIntersecting: true })),
      ...outside.map((target) => ({ target, isIntersecting: false })),
    ]);
  }
}

const inner = (): Highlighter => ({
  mode: 'highlight-api',
  prefix: 'sourcelight-test',
  add: vi.fn(),
  setActive: vi.fn(),
  setFocus: vi.fn(),
  statementAt: vi.fn(() => null),
  clear: vi.fn(),
});

/** A page of three paragraphs, the second with two statements, and what would be painted on it. */
function page(): { items: PaintItem[]; p: HTMLElement[] } {
  document.body.innerHTML = '<p>“One,” said A.</p><p>“Two,” said B. “Three,” said C.</p><p>Four.</p>';
  const p = [...document.querySelectorAll('p')];
  const rangeIn = (element: Element): Range => {
    const range = document.createRange();
    range.selectNodeContents(element.firstChild!);
    return range;
  };
  const rangeAt = (element: Element, at: number): Range => {
    const range = document.createRange();
    range.setStart(element.firstChild!, at);
    range.setEnd(element.firstChild!, at + 5);
    return range;
  };
  const item = (id: string, range: Range, kind: PaintItem['kind'] = 'statement'): PaintItem => ({
    id,
    range,
    color: 0,
    kind,
  });
  // Painted out of reading order (s3 before s2), with a mention in the third paragraph.
  return {
    p,
    items: [
      item('s1', rangeIn(p[0]!)),
      item('s3', rangeAt(p[1]!, 16)),
      item('s2', rangeAt(p[1]!, 0)),
      item('s1', rangeIn(p[2]!), 'mention'),
    ],
  };
}

describe('followPassagesInView', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const rows: [string, (o: FakeObserver, p: HTMLElement[]) => void, string[]][] = [
    ['the first passage in the band, after the throttle', (o, p) => o.scroll([p[1]!, p[0]!]), ['s1']],
    ['two passages in one paragraph: the first of them', (o, p) => o.scroll([p[1]!]), ['s2']],
    ['nothing in the band: nothing told', (o, p) => o.scroll([p[2]!]), []],
    [
      'several changes within 250 ms: one message, for where the reader ended',
      (o, p) => {
        o.scroll([p[0]!]);
        vi.advanceTimersByTime(100);
        o.scroll([p[1]!], [p[0]!]);
      },
      ['s2'],
    ],
    [
      'the same passage again: told once',
      (o, p) => {
        o.scroll([p[0]!]);
        vi.advanceTimersByTime(300);
        o.scroll([p[1]!]);
      },
      ['s1'],
    ],
  ];
  it.each(rows)('%s', (_name, scrolling, told) => {
    const { items, p } = page();
    const tell = vi.fn();
    followPassagesInView(inner(), tell).add(items);
    scrolling(FakeObserver.last!, p);
    vi.advanceTimersByTime(1000);
    expect(tell.mock.calls.map(([id]) => id)).toEqual(told);
  });

  it('tells nothing before 250 ms have passed', () => {
    const { items, p } = page();
    const tell = vi.fn();
    followPassagesInView(inner(), tell).add(items);
    FakeObserver.last!.scroll([p[0]!]);
    vi.advanceTimersByTime(249);
    expect(tell).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(tell).toHaveBeenCalledWith('s1');
  });

  it('watches each statement’s element once, and no mention', () => {
    const { items, p } = page();
    followPassagesInView(inner(), vi.fn()).add(items);
    expect([...FakeObserver.last!.observed]).toEqual([p[0], p[1]]);
  });

  /** The page painted through the follower around `painter`. */
  const painted = (painter = inner()) => {
    const { items, p } = page();
    const tell = vi.fn();
    const inView = followPassagesInView(painter, tell);
    inView.add(items);
    return { inView, tell, p, items, observer: FakeObserver.last! };
  };

  it('holds while a card is open; once it closes, tells the passage in view again', () => {
    const { inView, tell, p, observer } = painted();
    inView.setActive('s3');
    observer.scroll([p[0]!]);
    vi.advanceTimersByTime(1000);
    expect(tell).not.toHaveBeenCalled();
    inView.setActive(null);
    vi.advanceTimersByTime(1000);
    expect(tell.mock.calls).toEqual([['s1']]);
  });

  it('a card on the passage in view: closing it tells nothing new', () => {
    const { inView, tell, p, observer } = painted();
    observer.scroll([p[1]!]);
    vi.advanceTimersByTime(1000);
    inView.setActive('s3');
    inView.setActive(null);
    inView.setActive('s2');
    inView.setActive(null);
    vi.advanceTimersByTime(1000);
    expect(tell.mock.calls).toEqual([['s2']]);
  });

  it('clear() disconnects and tells nothing more', () => {
    const { inView, tell, p, observer } = painted();
    observer.scroll([p[0]!]);
    inView.clear();
    vi.advanceTimersByTime(1000);
    expect(observer.disconnected).toBe(true);
    expect(tell).not.toHaveBeenCalled();
  });

  it('paints, marks and clears through the highlighter it wraps', () => {
    const painter = inner();
    const { inView, items } = painted(painter);
    inView.setActive('s1');
    inView.clear();
    expect(painter.add).toHaveBeenCalledWith(items);
    expect(painter.setActive).toHaveBeenCalledWith('s1');
    expect(painter.clear).toHaveBeenCalledOnce();
  });

  it('forwards a refresh’s reconcile, and then follows the statements kept, under their new ids', () => {
    const painter = inner();
    const { items, p } = page();
    const [first, , second] = items as [PaintItem, PaintItem, PaintItem];
    const reconcile = vi.fn(() => new Set([second.range]));
    const tell = vi.fn();
    const inView = followPassagesInView({ ...painter, reconcile }, tell);
    inView.add(items);
    const wanted = new Map([[second.range, { ...second, id: 's1' }]]);
    expect(inView.reconcile?.(wanted)).toEqual(new Set([second.range]));
    expect(reconcile).toHaveBeenCalledWith(wanted);
    FakeObserver.last!.scroll([p[0]!, p[1]!]);
    vi.advanceTimersByTime(1000);
    // The first paragraph's statement is gone; the second's is told under the id the refresh gave it.
    expect(first.id).toBe('s1');
    expect(tell.mock.calls).toEqual([['s1']]);
    // Elements stay observed across refreshes (a live page refreshes every second): none is observed twice.
    expect([...FakeObserver.last!.observed]).toEqual([p[0], p[1]]);
  });

  it('has no reconcile where the highlighter it wraps has none (marks)', () => {
    expect(followPassagesInView(inner(), vi.fn()).reconcile).toBeUndefined();
  });
});
