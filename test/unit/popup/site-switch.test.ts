// The panel's site switch saves through storage (sync, or local for a long list); a write the browser
// refuses must reject, so that the panel tells the user instead of showing a switch that lies.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isEnabledOn, setEnabledOn } from '../../../src/popup/site-switch';
import { fakeStorage, manySites } from '../shared/fake-storage';

const browser = vi.hoisted(() => ({ storage: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: browser }));

let storage: ReturnType<typeof fakeStorage>;
beforeEach(() => {
  storage = fakeStorage();
  browser.storage = storage;
});

describe('setEnabledOn', () => {
  it('saves the site, compacted under a listed parent', async () => {
    storage.sync.items.disabledSites = ['news.a.example', 'b.example'];
    await setEnabledOn('a.example', false);
    expect(storage.sync.items.disabledSites).toEqual(['b.example', 'a.example']);
    expect(await isEnabledOn('news.a.example')).toBe(false);
  });

  it('rejects when the browser refuses the write, and the switch reads what is stored', async () => {
    storage.sync.refuse = 'QUOTA_BYTES quota exceeded';
    await expect(setEnabledOn('a.example', false)).rejects.toThrow('QUOTA');
    expect(await isEnabledOn('a.example')).toBe(true);
  });

  it('a list past the sync item limit is saved in local, and read back', async () => {
    storage.sync.items.disabledSites = manySites(320);
    await setEnabledOn('a.example', false);
    expect(storage.local.items.disabledSites).toEqual([...manySites(320), 'a.example']);
    expect(await isEnabledOn('a.example')).toBe(false);
    expect(await isEnabledOn('site-number-7.example')).toBe(false);
    await setEnabledOn('site-number-7.example', true);
    expect(await isEnabledOn('site-number-7.example')).toBe(true);
  });
});
