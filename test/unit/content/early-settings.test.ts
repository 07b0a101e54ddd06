// The settings read preload.ts starts at document_start and the entry takes at document_idle.
import type { Browser } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { startEarlySettings, takeEarlySettings } from '../../../src/content/early-settings';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

type Listener = (changes: Record<string, unknown>, area: string) => void;

function fakeStorage(sync: Record<string, unknown>) {
  const listeners = new Set<Listener>();
  const area = (items: Record<string, unknown>) => ({
    get: vi.fn(async () => items),
    set: vi.fn(async () => undefined),
    remove: vi.fn(async () => undefined),
  });
  const storage = {
    sync: area(sync),
    local: area({}),
    onChanged: {
      addListener: (l: Listener) => void listeners.add(l),
      removeListener: (l: Listener) => void listeners.delete(l),
    },
  };
  const change = (area: string, key: string) => {
    for (const l of [...listeners]) l({ [key]: { newValue: 1 } }, area);
  };
  return { storage: storage as unknown as Browser['storage'], listeners, change };
}

describe('early settings', () => {
  it('are none until the preload starts a read', () => {
    expect(takeEarlySettings()).toBeNull();
  });

  it('hand the entry the read the preload started, once, and stop listening', async () => {
    const { storage, listeners } = fakeStorage({ autoRun: false });
    startEarlySettings(storage);
    expect(listeners.size).toBe(1);
    const read = takeEarlySettings();
    expect(read).not.toBeNull();
    expect((await read!).autoRun).toBe(false);
    expect(listeners.size).toBe(0);
    expect(takeEarlySettings()).toBeNull();
  });

  it('are dropped when the settings change before the entry takes them', () => {
    const { storage, listeners, change } = fakeStorage({});
    startEarlySettings(storage);
    change('sync', 'autoRun');
    expect(takeEarlySettings()).toBeNull();
    expect(listeners.size).toBe(0);
  });

  it('survive a change that is not a setting (another local key)', async () => {
    const { storage, change } = fakeStorage({});
    startEarlySettings(storage);
    change('local', 'recordTimings');
    expect(await takeEarlySettings()).toEqual(DEFAULT_SETTINGS);
  });
});
