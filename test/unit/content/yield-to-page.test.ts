// A pass hands the main thread back between its chunks: what the page has waiting (its timers, its
// messages) runs during a pass's yields, even where scheduler.yield() exists (its continuations outrank
// the page's own tasks, which starved input and timers for a whole pass in Firefox).
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}) } } } }));

const { yieldToPage } = await import('../../../src/content/timing');

const withScheduler = (value: unknown) => {
  Object.defineProperty(globalThis, 'scheduler', { value, configurable: true, writable: true });
};

afterEach(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

describe('yieldToPage', () => {
  // A yield continuation that runs before anything the page queued, as a browser's scheduler.yield does.
  const continuations = [
    ['no scheduler', undefined],
    ['a scheduler.yield that outranks the page', { yield: () => Promise.resolve() }],
  ] as const;

  it.each(continuations)(
    'lets a timer the page queued run within three yields (%s)',
    async (_, scheduler) => {
      withScheduler(scheduler);
      const signal = new AbortController().signal;
      let ran = false;
      setTimeout(() => (ran = true), 0);
      for (let i = 0; i < 3; i++) await yieldToPage(signal);
      expect(ran).toBe(true);
    },
  );

  it.each(continuations)(
    'lets a message the page posted run at the next yield (%s)',
    async (_, scheduler) => {
      withScheduler(scheduler);
      const signal = new AbortController().signal;
      let ran = false;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        ran = true;
        channel.port1.close();
      };
      channel.port2.postMessage(null);
      // The message is in the queue before the yield's own hop (or timeout) is.
      await yieldToPage(signal);
      await yieldToPage(signal);
      expect(ran).toBe(true);
    },
  );

  it('rejects once the pass is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(yieldToPage(controller.signal)).rejects.toThrow();
  });
});

describe('yieldToPage where the page has scheduler.postTask', () => {
  // Firefox ran message-channel hops before the page's delayed postTask tasks: a page ticking at
  // 'user-blocking' priority got no turn in a 2 s loop of chunks. A task at the page's default
  // priority queues behind the page's own tasks of that priority and after its higher ones.
  it('hops as a user-visible task of the scheduler found at load, every second yield a timeout', async () => {
    const priorities: string[] = [];
    withScheduler({
      postTask: (task: () => void, options: { priority: string }) => {
        priorities.push(options.priority);
        return new Promise<void>((resolve) => setTimeout(() => resolve(task()), 0));
      },
    });
    vi.resetModules();
    const fresh = await import('../../../src/content/timing');
    const signal = new AbortController().signal;
    for (let i = 0; i < 6; i++) await fresh.yieldToPage(signal);
    expect(priorities).toEqual(['user-visible', 'user-visible', 'user-visible']);
  });
});
