// A storage.sync / storage.local pair that keeps the browsers' limits: a sync item over 8,192 bytes or an
// area over its quota is refused with the error Chrome gives, and any area can be told to refuse writes.
import type { SettingsStorage, StorageArea } from '../../../src/shared/site-list-store';

export interface FakeArea extends StorageArea {
  readonly items: Record<string, unknown>;
  /** When set, every write rejects with this message. */
  refuse: string | null;
  writes: number;
}

const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

function fakeArea(quotaBytes: number, itemBytes: number): FakeArea {
  const area: FakeArea = {
    items: {},
    refuse: null,
    writes: 0,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(area.items);
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in area.items).map((k) => [k, area.items[k]]));
    },
    async set(items) {
      if (area.refuse !== null) throw new Error(area.refuse);
      const next = { ...area.items, ...structuredClone(items) };
      for (const [key, value] of Object.entries(items)) {
        if (bytes(key, value) > itemBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      const total = Object.entries(next).reduce((sum, [k, v]) => sum + bytes(k, v), 0);
      if (total > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(area.items, next);
      area.writes += 1;
    },
    async remove(keys) {
      if (area.refuse !== null) throw new Error(area.refuse);
      for (const key of typeof keys === 'string' ? [keys] : keys) delete area.items[key];
      area.writes += 1;
    },
  };
  return area;
}

export function fakeStorage(): SettingsStorage & { sync: FakeArea; local: FakeArea } {
  return { sync: fakeArea(102_400, 8192), local: fakeArea(5_242_880, Infinity) };
}

/** `count` distinct sites, none a subdomain of another. */
export const manySites = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `site-number-${i}.example`);
