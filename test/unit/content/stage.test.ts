// A stage's measure is the page's main-thread time, with what it waited for or yielded left out; work
// the background did is measured as the page's whole wait, its busy time kept apart in the detail.
// Time is a fake clock here, moved by the work itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shortenStretches, stage, startStretch, type StageClock } from '../../../src/content/stage';

// The measures are recorded only when the setting asks (timing.test.ts checks both ways); here it does.
vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: { get: () => Promise.resolve({ recordTimings: true }) } } },
}));

/** The measure is written once the setting has been read: after the storage read settles. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

let now = 0;
/** Work that takes `ms` of the page's main thread. */
const busy = (ms: number) => void (now += ms);
/** Something the stage waits for that takes `ms` elsewhere. */
const elsewhere = (ms: number) => Promise.resolve().then(() => busy(ms));

function lastMeasure(): PerformanceMeasure | undefined {
  return performance.getEntriesByType('measure').at(-1) as PerformanceMeasure | undefined;
}

beforeEach(() => {
  now = 1_000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.restoreAllMocks();
  performance.clearMeasures();
});

describe('stage', () => {
  const cases: [string, (clock: StageClock) => Promise<void>, number, object | undefined][] = [
    ['plain work', async () => busy(5), 5, { busyMs: 5, wallMs: 5 }],
    [
      'work around a wait',
      async (clock) => {
        busy(5);
        await clock.wait(elsewhere(100));
        busy(7);
      },
      12,
      { busyMs: 12, wallMs: 112 },
    ],
    [
      'the background’s work: the whole wait',
      async (clock) => {
        busy(3);
        await clock.wait(elsewhere(100));
        clock.note({ where: 'background', workMs: 40 });
      },
      103,
      { where: 'background', workMs: 40, busyMs: 3, wallMs: 103 },
    ],
    [
      'the page’s own work after a miss',
      async (clock) => {
        await clock.wait(elsewhere(3_000));
        busy(20);
        clock.note({ where: 'page', miss: 'timeout' });
      },
      20,
      { where: 'page', miss: 'timeout', busyMs: 20, wallMs: 3_020 },
    ],
  ];
  it.each(cases)('%s → %i ms', async (_, work, duration, detail) => {
    await stage('analyze', new AbortController().signal, work);
    await settled();
    const measure = lastMeasure();
    expect(measure?.name).toBe('sourcelight:analyze');
    expect(measure?.startTime).toBe(1_000);
    expect(measure?.duration).toBe(duration);
    expect(measure?.detail).toEqual(detail);
  });

  it('records nothing when the pass is aborted', async () => {
    const controller = new AbortController();
    const work = async (clock: StageClock) => {
      controller.abort();
      await clock.yield();
    };
    await expect(stage('paint', controller.signal, work)).rejects.toThrow();
    await settled();
    expect(lastMeasure()).toBeUndefined();
  });
});

describe('chunked work yields between chunks of at most 8 ms, never after the last item', () => {
  // [ms per item, items, items done before the first yield (null: none)]. The pass is aborted from the
  // start, so the first yield is where the stage stops.
  const cases: [number, number, number | null][] = [
    [1, 5, null],
    [5, 5, 2],
    [9, 3, 1],
    [100, 1, null],
  ];
  it.each(cases)('%i ms × %i → yields after %s', async (ms, count, expected) => {
    const controller = new AbortController();
    controller.abort();
    let done = 0;
    const run = stage('anchor', controller.signal, (clock) =>
      clock.chunked(Array.from({ length: count }), () => {
        busy(ms);
        done++;
      }),
    );
    if (expected === null) {
      await expect(run).resolves.toBeUndefined();
      expect(done).toBe(count);
    } else {
      await expect(run).rejects.toThrow();
      expect(done).toBe(expected);
    }
  });
});

describe('yieldIfDue yields only after a long stretch of work', () => {
  /** Whether the page's queued tasks (a posted message, a timer) ran before the work went on. */
  async function yielded(work: (clock: StageClock) => Promise<void>): Promise<boolean> {
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      order.push('page');
      channel.port1.close();
    };
    await stage('anchor', new AbortController().signal, async (clock) => {
      await work(clock);
      channel.port2.postMessage(null);
      setTimeout(() => order.push('page'), 0);
      await clock.yieldIfDue();
      order.push('pass');
    });
    return order[0] === 'page';
  }
  const cases: [string, (clock: StageClock) => Promise<void>, boolean][] = [
    ['3 ms since the pass started', async () => (startStretch('first'), busy(3)), false],
    [
      '12 ms since the pass started (more than a chunk)',
      async () => (startStretch('first'), busy(12)),
      false,
    ],
    ['22 ms since the pass started', async () => (startStretch('first'), busy(22)), true],
    ['12 ms since a refresh started', async () => (startStretch('refresh'), busy(12)), true],
    ['3 ms since a refresh started', async () => (startStretch('refresh'), busy(3)), false],
    [
      "12 ms into a huge article's first pass",
      async () => (startStretch('first'), shortenStretches(), busy(12)),
      true,
    ],
    [
      '2 ms after a wait that ended in another task',
      async (clock) => {
        startStretch('first');
        busy(22);
        await clock.wait(elsewhere(5));
        busy(2);
      },
      false,
    ],
    [
      '22 ms after a wait for a settled promise (the same task)',
      async (clock) => {
        startStretch('first');
        busy(12);
        await clock.wait(Promise.resolve());
        busy(10);
      },
      true,
    ],
    [
      '2 ms after a yield',
      async (clock) => {
        startStretch('first');
        busy(25);
        await clock.yield();
        busy(2);
      },
      false,
    ],
  ];
  it.each(cases)('%s → %s', async (_, work, expected) => {
    expect(await yielded(work)).toBe(expected);
  });
});
