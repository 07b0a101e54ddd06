// The user's settings from storage.sync, normalised the same way every other context reads them: read
// once on demand, then kept in step with changes made elsewhere (options page, the popup's site switch).
import browser from 'webextension-polyfill';
import { normalizeSettings } from '../shared/normalize-settings';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { listenUntil } from './orphan';

export interface SettingsReader {
  /** The settings as last read (the defaults until then). */
  current(): Settings;
  /** Reads them; later calls wait for the same read. */
  load(): Promise<void>;
  /** Follows changes until `signal` aborts; `onChange` runs after each. */
  follow(signal: AbortSignal, onChange: () => void): void;
}

async function readSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await browser.storage.sync.get(null));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function createSettingsReader(): SettingsReader {
  let settings = DEFAULT_SETTINGS;
  let read: Promise<void> | null = null;
  return {
    current: () => settings,
    load: () =>
      (read ??= readSettings().then((next) => {
        settings = next;
      })),
    follow(signal, onChange) {
      listenUntil(signal, browser.storage.onChanged, (changes, area) => {
        if (area !== 'sync') return;
        const next: Record<string, unknown> = { ...settings };
        for (const [key, change] of Object.entries(changes)) next[key] = change.newValue;
        settings = normalizeSettings(next);
        onChange();
      });
    },
  };
}
