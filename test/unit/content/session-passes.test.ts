// A page that changes more often than a refresh takes (a live blog, on a loaded machine) must still get its
// refreshes finished: a change during a refresh does not abort it, it queues one more refresh after it.
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ signals: [] as AbortSignal[], finish: [] as (() => void)[] }));
vi.mock('../../../src/content/run-pass', () => ({
  runPass: (_steps: unknown, _view: unknown, signal: AbortSignal) =>
    new Promise((resolve) => {
      calls.signals.push(signal);
      calls.finish.push(() => resolve({ article: { text: 'same' } }));
    }),
}));
vi.mock('../../../src/content/refresh-steps', () => ({ refreshSteps: () => ({}) }));
vi.mock('../../../src/content/extract-page', () => ({ extractPage: () => null }));

const { createSessionPasses } = await import('../../../src/content/session-passes');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('refresh during a refresh', () => {
  it('lets the one under way finish, then runs one more for all the changes since', async () => {
    const store = { state: 'ready', current: { article: { text: 'same' } }, enter: vi.fn(), show: vi.fn() };
    const passes = createSessionPasses({} as Document, store as never, {} as never);
    const first = passes.refresh();
    await settle();
    void passes.refresh();
    void passes.refresh();
    await settle();
    expect(calls.signals).toHaveLength(1);
    expect(calls.signals[0]?.aborted).toBe(false);
    calls.finish[0]?.();
    await settle();
    expect(calls.signals).toHaveLength(2);
    calls.finish[1]?.();
    await first;
    expect(calls.signals.map((s) => s.aborted)).toEqual([false, false]);
  });
});
