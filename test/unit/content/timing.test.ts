// A page can read its own performance entries: the stage measures are written only when the setting in
// storage.local asks for them (the e2e harness and the bench set it), never when it is off, missing,
// not exactly true, or unreadable.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const stored: { read: () => Promise<Record<string, unknown>> } = { read: async () => ({}) };

vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: { get: () => stored.read() } } },
}));

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const ours = () => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sourcelight:'));

beforeEach(() => {
  // timing.ts reads the setting once per page: a fresh module for each row.
  vi.resetModules();
});

afterEach(() => {
  performance.clearMeasures();
});

describe('stage measures follow the recordTimings setting', () => {
  const rows: [string, () => Promise<Record<string, unknown>>, number][] = [
    ['on', async () => ({ recordTimings: true }), 2],
    ['off', async () => ({ recordTimings: false }), 0],
    ['missing', async () => ({}), 0],
    ['a string, not true', async () => ({ recordTimings: 'true' }), 0],
    ['storage refuses', () => Promise.reject(new Error('no storage')), 0],
  ];
  it.each(rows)('%s → %i measures', async (_, read, expected) => {
    stored.read = read;
    const { measure } = await import('../../../src/content/timing');
    const start = performance.now();
    measure('detect', start, 0.5);
    measure('extract', start, 2);
    await settled();
    expect(ours().map((m) => m.name)).toEqual(
      ['sourcelight:detect', 'sourcelight:extract'].slice(0, expected),
    );
  });

  it('keeps the times it was given, though written after the read', async () => {
    stored.read = async () => ({ recordTimings: true });
    const { measure } = await import('../../../src/content/timing');
    measure('detect', 123, 4);
    await settled();
    expect(ours().map((m) => [m.startTime, m.duration])).toEqual([[123, 4]]);
  });
});
