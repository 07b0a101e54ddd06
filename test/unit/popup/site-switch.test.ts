// The panel's site switch saves through storage.sync; a write the browser refuses (quota) or a list that
// cannot fit must reject, so that the panel tells the user instead of showing a switch that lies.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setEnabledOn } from '../../../src/popup/site-switch';

const storage = vi.hoisted(() => ({
  stored: {} as Record<string, unknown>,
  set: null as null | ((items: Record<string, unknown>) => Promise<void>),
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: {
        get: async () => storage.stored,
        set: (items: Record<string, unknown>) => storage.set!(items),
      },
    },
  },
}));

beforeEach(() => {
  storage.stored = {};
  storage.set = async (items) => void Object.assign(storage.stored, items);
});

describe('setEnabledOn', () => {
  it('saves the site, compacted under a listed parent', async () => {
    storage.stored = { disabledSites: ['news.a.example', 'b.example'] };
    await setEnabledOn('a.example', false);
    expect(storage.stored.disabledSites).toEqual(['b.example', 'a.example']);
  });

  it('rejects when the browser refuses the write', async () => {
    storage.set = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await expect(setEnabledOn('a.example', false)).rejects.toThrow();
  });

  it('rejects a list that cannot fit, without writing', async () => {
    storage.stored = { disabledSites: Array.from({ length: 400 }, (_, i) => `site-number-${i}.example`) };
    const writes = vi.fn();
    storage.set = async (items) => void writes(items);
    await expect(setEnabledOn('a.example', false)).rejects.toThrow('full');
    expect(writes).not.toHaveBeenCalled();
  });
});
