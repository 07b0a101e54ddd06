// @vitest-environment jsdom
// The view's look-ups read layout, so they run after the frame is rendered, never inside it: a read in an
// animation-frame callback makes the browser restyle there and then, in our task (0.4 s of style on a
// 5 MB article after its highlights' sheet came).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followView } from '../../../src/page/follow-view';

const raf = window.requestAnimationFrame;
afterEach(() => {
  window.requestAnimationFrame = raf;
});

/** Animation frames held until `frame()` runs them, as the browser's rendering step would. */
function heldFrames() {
  const callbacks: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (callback) => callbacks.push(callback);
  return {
    frame(): void {
      for (const callback of callbacks.splice(0)) callback(performance.now());
    },
  };
}

describe('followView', () => {
  it('looks after the frame, in a task of its own, not in the frame’s callback', async () => {
    const frames = heldFrames();
    const onMove = vi.fn();
    const view = followView(document, onMove);
    view.schedule();
    frames.frame();
    expect(onMove).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onMove).toHaveBeenCalledTimes(1);
    view.stop();
  });

  it('looks once however often it is asked before the frame, and again when the page scrolls', async () => {
    const frames = heldFrames();
    const onMove = vi.fn();
    const view = followView(document, onMove);
    for (let i = 0; i < 5; i++) view.schedule();
    frames.frame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.dispatchEvent(new Event('scroll'));
    frames.frame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onMove).toHaveBeenCalledTimes(2);
    view.stop();
  });

  it('stops: a look already asked for does not run', async () => {
    const frames = heldFrames();
    const onMove = vi.fn();
    const view = followView(document, onMove);
    view.schedule();
    view.stop();
    frames.frame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onMove).not.toHaveBeenCalled();
  });
});
