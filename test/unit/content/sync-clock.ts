// A stage clock that never waits: every chunk runs at once, so a test reads the stage's result in one turn.
import type { StageClock } from '../../../src/content/stage';

/** The clock; `onChunk` hears how many items each chunked run was given. */
export const syncClock = (onChunk?: (items: number) => void): StageClock => ({
  signal: new AbortController().signal,
  yield: async () => undefined,
  yieldIfDue: async () => undefined,
  wait: (pending) => pending,
  async chunked(items, step) {
    onChunk?.(items.length);
    for (const item of items) step(item);
  },
  note: () => undefined,
});
