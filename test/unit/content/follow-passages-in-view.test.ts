// @vitest-environment jsdom
// The side panel follows the reading: the first passage in the reading band is told, at most once per
// 250 ms and only when it changed; an open card holds the panel on its statement until it closes. The
// layout is a fake (jsdom has none): paragraphs 400 px tall, a 768 px viewport whose reading band is
// 77–384 px from its top.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaintItem } from '../../../src/page/paint-item';
import { followPassagesInView } from '../../../src/content/follow-passages-in-view';
import type { Highlighter } from '../../../src/page/highlighter';
import { AFTER_FRAME_MS, fakeLayout, type FakeLayout } from '../page/fake-layout';

vi.mock('webextension-polyfill', () => ({ default: {} }));

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
  layout.stack(p, 400);
  // Far below everything at first: nothing is in the band until a row scrolls.
  layout.scrollTo(5000);
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

let layout: FakeLayout;
/** Every follower a test made: cleared after it, so none hears the next test's scrolling. */
const followers: Highlighter[] = [];
const follow = (painter: Highlighter, tell: (id: string) => void): Highlighter => {
  const made = followPassagesInView(painter, tell);
  followers.push(made);
  return made;
};

describe('followPassagesInView', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    layout = fakeLayout();
  });
  afterEach(() => {
    for (const made of followers.splice(0)) made.clear();
    layout.restore();
    vi.useRealTimers();
  });

  // Scrolled to 300, the band holds the first two paragraphs; to 400, the second alone; to 800, the third.
  const rows: [string, () => void, string[]][] = [
    ['the first passage in the band, after the throttle', () => layout.scrollTo(300), ['s1']],
    ['two passages in one paragraph: the first of them', () => layout.scrollTo(400), ['s2']],
    ['a mention alone in the band: nothing told', () => layout.scrollTo(800), []],
    [
      'several changes within 250 ms: one message, for where the reader ended',
      () => {
        layout.scrollTo(0);
        vi.advanceTimersByTime(100);
        layout.scrollTo(400);
      },
      ['s2'],
    ],
    [
      'the same passage again: told once',
      () => {
        layout.scrollTo(0);
        vi.advanceTimersByTime(300);
        layout.scrollTo(300);
      },
      ['s1'],
    ],
  ];
  it.each(rows)('%s', (_name, scrolling, told) => {
    const { items } = page();
    const tell = vi.fn();
    follow(inner(), tell).add(items);
    vi.advanceTimersByTime(1000);
    scrolling();
    vi.advanceTimersByTime(1000);
    expect(tell.mock.calls.map(([id]) => id)).toEqual(told);
  });

  it('tells nothing before 250 ms have passed since the view moved', () => {
    const { items } = page();
    const tell = vi.fn();
    follow(inner(), tell).add(items);
    vi.advanceTimersByTime(1000);
    layout.scrollTo(0);
    vi.advanceTimersByTime(AFTER_FRAME_MS + 249);
    expect(tell).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(tell).toHaveBeenCalledWith('s1');
  });

  it('tells the passage in view once painted, without a scroll', () => {
    const { items } = page();
    layout.scrollTo(0);
    const tell = vi.fn();
    follow(inner(), tell).add(items);
    vi.advanceTimersByTime(1000);
    expect(tell.mock.calls).toEqual([['s1']]);
  });

  /** The page painted through the follower around `painter`. */
  const painted = (painter = inner()) => {
    const { items, p } = page();
    const tell = vi.fn();
    const inView = follow(painter, tell);
    inView.add(items);
    vi.advanceTimersByTime(1000);
    return { inView, tell, p, items };
  };

  it('holds while a card is open; once it closes, tells the passage in view again', () => {
    const { inView, tell } = painted();
    inView.setActive('s3');
    layout.scrollTo(0);
    vi.advanceTimersByTime(1000);
    expect(tell).not.toHaveBeenCalled();
    inView.setActive(null);
    vi.advanceTimersByTime(1000);
    expect(tell.mock.calls).toEqual([['s1']]);
  });

  it('a card on the passage in view: closing it tells nothing new', () => {
    const { inView, tell } = painted();
    layout.scrollTo(400);
    vi.advanceTimersByTime(1000);
    inView.setActive('s3');
    inView.setActive(null);
    inView.setActive('s2');
    inView.setActive(null);
    vi.advanceTimersByTime(1000);
    expect(tell.mock.calls).toEqual([['s2']]);
  });

  it('clear() stops following the view and tells nothing more', () => {
    const { inView, tell } = painted();
    layout.scrollTo(0);
    inView.clear();
    const frames = layout.frames();
    vi.advanceTimersByTime(1000);
    layout.scrollTo(400);
    vi.advanceTimersByTime(1000);
    expect(layout.frames()).toBe(frames);
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
    const reconcile = vi.fn((wanted: readonly PaintItem[]) => wanted.slice(1));
    const tell = vi.fn();
    const inView = follow({ ...painter, reconcile }, tell);
    inView.add(items);
    // The second paragraph's first statement is kept (renumbered s1), a new one is to add.
    const fresh = { ...first, id: 's2', range: document.createRange() };
    const wanted = [{ ...second, id: 's1' }, fresh];
    expect(inView.reconcile?.(wanted)).toEqual([fresh]);
    expect(reconcile).toHaveBeenCalledWith(wanted);
    layout.scrollTo(300);
    vi.advanceTimersByTime(1000);
    // The first paragraph's statement is gone; the second's is told under the id the refresh gave it.
    expect(first.id).toBe('s1');
    expect(p).toHaveLength(3);
    expect(tell.mock.calls).toEqual([['s1']]);
  });

  it('follows the reading with no IntersectionObserver (Chromium recomputes every target each frame)', () => {
    const observers = vi.fn();
    vi.stubGlobal('IntersectionObserver', observers);
    Object.assign(document.defaultView!, { IntersectionObserver: observers });
    const { inView } = painted();
    layout.scrollTo(400);
    vi.advanceTimersByTime(1000);
    inView.clear();
    expect(observers).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('has no reconcile where the highlighter it wraps has none (marks)', () => {
    expect(follow(inner(), vi.fn()).reconcile).toBeUndefined();
  });
});
