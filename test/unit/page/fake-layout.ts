// A layout for jsdom (which has none): elements stacked at the heights a test gives them, a scroll
// position, a 768-pixel viewport, and animation frames as 16 ms timers (run them with fake timers).
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * A frame and the task just after it, where the view's look-ups run (follow-view.ts): fake timers give a
 * zero-delay timer set during a tick 1 ms.
 */
export const AFTER_FRAME_MS = 17;

export interface FakeLayout {
  /** Stacks `elements` from the top of the document, each `height` pixels tall. */
  stack(elements: readonly Element[], height: number): void;
  /** Scrolls the window to `y` and fires its scroll event. */
  scrollTo(y: number): void;
  /** How many boxes were read since the last call. */
  reads(): number;
  /** Animation frames asked for so far. */
  frames(): number;
  restore(): void;
}

export function fakeLayout(): FakeLayout {
  const view = document.defaultView!;
  const boxes = new Map<Element, { top: number; bottom: number }>();
  let scrollY = 0;
  let reads = 0;
  let frames = 0;
  const raf = view.requestAnimationFrame;
  view.requestAnimationFrame = (callback) => {
    frames++;
    return setTimeout(() => callback(performance.now()), 16) as unknown as number;
  };
  const spy = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: Element,
  ) {
    reads++;
    const box = boxes.get(this) ?? { top: scrollY, bottom: scrollY };
    const [top, bottom] = [box.top - scrollY, box.bottom - scrollY];
    return { top, bottom, left: 0, right: 600, width: 600, height: bottom - top, x: 0, y: top } as DOMRect;
  });
  return {
    stack(elements, height) {
      elements.forEach((element, i) => boxes.set(element, { top: i * height, bottom: (i + 1) * height }));
    },
    scrollTo(y) {
      scrollY = y;
      view.dispatchEvent(new Event('scroll'));
    },
    reads: () => [reads, (reads = 0)][0]!,
    frames: () => frames,
    restore() {
      spy.mockRestore();
      view.requestAnimationFrame = raf;
    },
  };
}

/** A fake layout with fake timers around each test of the file, read through the object returned. */
export function useFakeLayout(): FakeLayout {
  let current: FakeLayout;
  beforeEach(() => {
    vi.useFakeTimers();
    current = fakeLayout();
  });
  afterEach(() => {
    current.restore();
    vi.useRealTimers();
  });
  return {
    stack: (elements, height) => current.stack(elements, height),
    scrollTo: (y) => current.scrollTo(y),
    reads: () => current.reads(),
    frames: () => current.frames(),
    restore: () => current.restore(),
  };
}
