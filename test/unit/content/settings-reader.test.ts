// The content script reads the settings as the panel and options page save them: a long list of sites in
// storage.local wins over the sync copy, and a change in either area is followed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsReader } from '../../../src/content/settings-reader';
import { fakeStorage, manySites } from '../shared/fake-storage';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const browser = vi.hoisted(() => ({ storage: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: browser }));

let storage: ReturnType<typeof fakeStorage>;
let listeners: Listener[];
beforeEach(() => {
  storage = fakeStorage();
  listeners = [];
  const onChanged = {
    addListener: (l: Listener) => listeners.push(l),
    removeListener: (l: Listener) => (listeners = listeners.filter((x) => x !== l)),
  };
  browser.storage = { ...storage, onChanged };
});

const changed = (area: string, key: string) => {
  const onChange = vi.fn();
  return { onChange, fire: () => listeners.forEach((l) => l({ [key]: { newValue: 1 } }, area)) };
};

describe('createSettingsReader', () => {
  it('reads the local list of sites over the sync one', async () => {
    storage.sync.items.disabledSites = ['a.example'];
    storage.local.items.disabledSites = manySites(400);
    const reader = createSettingsReader();
    await reader.load();
    expect(reader.current().disabledSites).toEqual(manySites(400));
  });

  it.each([
    ['a sync change', 'sync', 'autoRun', 1],
    ['the local list', 'local', 'disabledSites', 1],
    ['another local key', 'local', 'recordTimings', 0],
  ])('follows %s', async (_row, area, key, calls) => {
    const reader = createSettingsReader();
    await reader.load();
    const { onChange, fire } = changed(area, key);
    reader.follow(new AbortController().signal, onChange);
    storage.local.items.disabledSites = ['b.example'];
    fire();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(calls));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onChange).toHaveBeenCalledTimes(calls);
    expect(reader.current().disabledSites).toEqual(calls ? ['b.example'] : []);
  });
});
