// The user's settings from storage.sync, normalised the same way every other context reads them.
import browser from 'webextension-polyfill';
import { normalizeSettings } from '../shared/normalize-settings';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';

export async function readSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await browser.storage.sync.get(null));
  } catch {
    return DEFAULT_SETTINGS;
  }
}
