// Past WINDOW_RANGES painted ranges, only those near the viewport are registered in the highlights (see
// range-window.ts for why: every range registered costs the page on each of its own DOM changes). The
// highlighter keeps its whole book of painted ranges (clicks, focus, the card's steps use it); this decides
// which of them are in the registry, and moves them in and out as the reader scrolls.
import type { PaintedRange } from './highlight-api';
import { createRangeWindow } from './range-window';

/** A long article's statements and mentions: beyond them a page's every edit repaints too much. */
export const WINDOW_RANGES = 400;

export interface PaintWindow {
  /**
   * A paint of `total` ranges in all is coming (painted ones included): past the limit the window starts
   * before any of the new ones is registered, so none far from the view is ever registered.
   */
  expect(total: number): void;
  /** Follows a newly painted `entry`, and registers it while everything is shown or where it is near. */
  add(entry: PaintedRange): void;
  /** Whether `entry` is in the registry now (else focus and the like leave it alone). */
  shows(entry: PaintedRange): boolean;
  /** `entry`'s range is painted no more. */
  forget(entry: PaintedRange): void;
  /** Nothing is painted: back to showing everything. */
  clear(): void;
}

export interface WindowBook {
  readonly entries: readonly PaintedRange[];
  readonly byRange: ReadonlyMap<AbstractRange, PaintedRange>;
}

/**
 * `show` registers an entry's range in its highlights, `hide` takes it out of all of them: the entry as the
 * book has it now (a refresh may have renumbered the one watched).
 */
export function createPaintWindow(
  doc: Document,
  book: WindowBook,
  show: (entry: PaintedRange) => void,
  hide: (entry: PaintedRange) => void,
  limit = WINDOW_RANGES,
): PaintWindow {
  let windowed = false;
  /** What was painted when the window began, until the first look-up tells what of it is far. */
  let unsorted = new Set<AbstractRange>();
  const ranges = createRangeWindow<PaintedRange>(doc, (changed, near) => {
    if (!windowed) return;
    for (const watched of changed) {
      const entry = book.byRange.get(watched.range);
      if (entry) (near ? show : hide)(entry);
    }
  });
  /**
   * Watched only from here: a page of a few hundred ranges costs no observer at all. Until the first
   * look-up (just after the next frame) nothing is near, so what is painted stays painted till then:
   * hidden now, the passages in view would go unpainted for a frame.
   */
  const start = (): void => {
    windowed = true;
    unsorted = new Set(book.entries.map((painted) => painted.range));
    for (const painted of book.entries) ranges.watch(painted);
    ranges.afterNextLook(() => {
      const sorting = unsorted;
      unsorted = new Set();
      for (const range of sorting) {
        const painted = book.byRange.get(range);
        if (windowed && painted && !ranges.near(painted)) hide(painted);
      }
    });
  };
  return {
    // A huge article's first section registered whole, then its far ranges taken out a frame later, cost
    // Chromium two whole-document repaints (91 and 71 ms frames on the 5 MB article); from the start,
    // only the passages near the view are registered, at the first look-up.
    expect(total) {
      if (!windowed && total > limit) start();
    },
    add(entry) {
      if (windowed) {
        ranges.watch(entry);
        if (ranges.near(entry)) show(entry);
        return;
      }
      show(entry);
      if (book.entries.length > limit) start();
    },
    shows: (entry) => !windowed || ranges.near(entry) || unsorted.has(entry.range),
    forget: (entry) => ranges.forget(entry),
    clear() {
      windowed = false;
      unsorted = new Set();
      ranges.clear();
    },
  };
}
