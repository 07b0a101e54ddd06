// Settings storage against a fake with the browsers' limits: a list of sites too long for one sync item
// moves to storage.local (and back when it shrinks), an existing sync list is kept, and a refused write
// rejects with the previous list still in force.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { readStoredSettings, saveDisabledSites, saveSettings } from '../../../src/shared/site-list-store';
import { fakeStorage, manySites } from './fake-storage';

describe('saveDisabledSites', () => {
  it.each([
    ['a short list stays in sync', 10, 'sync'],
    ['300 sites still fit one sync item', 300, 'sync'],
    ['400 sites (about 11 KB) move to local', 400, 'local'],
    ['5,000 sites move to local', 5000, 'local'],
  ] as const)('%s', async (_row, count, area) => {
    const storage = fakeStorage();
    expect(await saveDisabledSites(storage, manySites(count))).toBe(area);
    expect((await readStoredSettings(storage)).disabledSites).toEqual(manySites(count));
  });

  it('keeps an existing sync list when it grows past the item limit (the migration)', async () => {
    const storage = fakeStorage();
    storage.sync.items.disabledSites = manySites(300);
    const before = await readStoredSettings(storage);
    await saveDisabledSites(storage, [...before.disabledSites, ...manySites(400).slice(300)]);
    expect(storage.sync.items.disabledSites).toEqual(manySites(300)); // other browsers keep their copy
    expect((await readStoredSettings(storage)).disabledSites).toEqual(manySites(400));
  });

  it('moves back to sync when the list shrinks, and the local copy no longer wins', async () => {
    const storage = fakeStorage();
    await saveDisabledSites(storage, manySites(400));
    expect(await saveDisabledSites(storage, ['a.example'])).toBe('sync');
    expect(storage.local.items).toEqual({});
    expect((await readStoredSettings(storage)).disabledSites).toEqual(['a.example']);
  });

  it('compacts before measuring', async () => {
    const storage = fakeStorage();
    const sites = [...manySites(300), ...manySites(300).map((s) => `news.${s}`)];
    expect(await saveDisabledSites(storage, sites)).toBe('sync');
    expect((await readStoredSettings(storage)).disabledSites).toEqual(manySites(300));
  });

  it.each([
    ['sync refuses (quota)', 'sync', 10],
    ['local refuses (quota)', 'local', 400],
  ] as const)('%s: rejects, the previous list stays', async (_row, area, count) => {
    const storage = fakeStorage();
    storage.sync.items.disabledSites = ['old.example'];
    storage[area].refuse = 'QUOTA_BYTES quota exceeded';
    await expect(saveDisabledSites(storage, manySites(count))).rejects.toThrow('QUOTA');
    expect((await readStoredSettings(storage)).disabledSites).toEqual(['old.example']);
  });

  it('a local list that cannot be removed after the sync write rejects, the local list still in force', async () => {
    const storage = fakeStorage();
    await saveDisabledSites(storage, manySites(400));
    storage.local.refuse = 'IO error';
    await expect(saveDisabledSites(storage, ['a.example'])).rejects.toThrow('IO error');
    expect((await readStoredSettings(storage)).disabledSites).toEqual(manySites(400));
  });
});

describe('saveSettings and readStoredSettings', () => {
  it('saves every setting, the long list in local', async () => {
    const storage = fakeStorage();
    const settings = { ...DEFAULT_SETTINGS, autoRun: false, disabledSites: manySites(1000) };
    await saveSettings(storage, settings);
    expect(await readStoredSettings(storage)).toEqual(settings);
    expect(storage.sync.items.autoRun).toBe(false);
  });

  it('ignores a malformed local list', async () => {
    const storage = fakeStorage();
    storage.sync.items.disabledSites = ['a.example'];
    storage.local.items.disabledSites = 'not a list';
    expect((await readStoredSettings(storage)).disabledSites).toEqual(['a.example']);
  });
});
