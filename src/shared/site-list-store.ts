// Where the settings live. Everything is in storage.sync (the user's other browsers follow), except a list
// of disabled sites too long for one sync item (8,192 bytes): that list moves to storage.local, which then
// wins over the sync copy. The sync copy is left as it was, so existing lists are never lost: a browser
// that never needed the move keeps reading sync, and one that did reads the whole list from local.
import { compactSites, fitsSyncItem, normalizeSettings } from './normalize-settings';
import type { Settings } from './settings';

/** The part of a storage area this module uses (browser.storage.sync / .local fit it). */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SettingsStorage {
  readonly sync: StorageArea;
  readonly local: StorageArea;
}

/** Key of the disabled sites, the same in both areas. */
const SITES_KEY = 'disabledSites';

/** The stored settings, with the local list of sites when there is one. */
export async function readStoredSettings(storage: SettingsStorage): Promise<Settings> {
  const [sync, local] = await Promise.all([storage.sync.get(null), storage.local.get(SITES_KEY)]);
  const sites = Array.isArray(local[SITES_KEY]) ? { [SITES_KEY]: local[SITES_KEY] } : {};
  return normalizeSettings({ ...sync, ...sites });
}

/**
 * Saves the sites, compacted, in sync when they fit one item and in local otherwise. Rejects when the
 * browser refuses a write; the previous list then stays in force (a local list is removed only after
 * the sync write succeeded). Resolves with the area that now holds the list.
 */
export async function saveDisabledSites(
  storage: SettingsStorage,
  sites: readonly string[],
): Promise<'sync' | 'local'> {
  const compact = compactSites(sites);
  if (!fitsSyncItem(SITES_KEY, compact)) {
    await storage.local.set({ [SITES_KEY]: compact });
    return 'local';
  }
  await storage.sync.set({ [SITES_KEY]: compact });
  await storage.local.remove(SITES_KEY);
  return 'sync';
}

/** Saves all the settings: the sites as above, the rest in sync. */
export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  const { disabledSites, ...rest } = settings;
  await storage.sync.set({ ...rest });
  await saveDisabledSites(storage, disabledSites);
}

/** Whether a storage change (area, keys) can change the settings. */
export function touchesSettings(area: string, keys: readonly string[]): boolean {
  return area === 'sync' || (area === 'local' && keys.includes(SITES_KEY));
}
