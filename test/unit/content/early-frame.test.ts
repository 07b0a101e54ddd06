// The first frame the document_start script asks for: once it has rendered, the pass does not wait for a
// frame of its own, whatever the paint timing says yet.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sawFrame, watchFirstFrame } from '../../../src/content/early-frame';
import { afterFirstPaint } from '../../../src/content/timing';

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}) } } } }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('early frame', () => {
  it('is seen a task after the frame, and then the pass waits for no frame', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('performance', { now: () => 0, getEntriesByType: () => [] });

    watchFirstFrame();
    expect(sawFrame()).toBe(false);
    // Not painted and no frame seen: the pass asks for one.
    void afterFirstPaint();
    expect(frames).toHaveLength(2);

    frames[0]!(0);
    expect(sawFrame()).toBe(false);
    vi.advanceTimersByTime(0);
    expect(sawFrame()).toBe(true);

    let settled = false;
    void afterFirstPaint().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(frames).toHaveLength(2);
  });
});
