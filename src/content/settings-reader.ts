// The user's settings from storage.sync (and a long list of sites from storage.local), read the same way
// every other context reads them: once on demand, then kept in step with changes made elsewhere (options
// page, the popup's site switch).
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { readStoredSettings, touchesSettings } from '../shared/site-list-store';
import { takeEarlySettings } from './early-settings';
import { listenUntil } from './orphan';

export interface SettingsReader {
  /** The settings as last read (the defaults until then). */
  current(): Settings;
  /** Reads them; later calls wait for the same read. */
  load(): Promise<void>;
  /** Follows changes until `signal` aborts; `onChange` runs after each. */
  follow(signal: AbortSignal, onChange: () => void): void;
}

/** `early`: the read preload.ts started, when there is one. */
async function readSettings(early: Promise<Settings> | null = null): Promise<Settings> {
  try {
    return await (early ?? readStoredSettings(browser.storage));
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
      (read ??= readSettings(takeEarlySettings()).then((next) => {
        settings = next;
      })),
    follow(signal, onChange) {
      listenUntil(signal, browser.storage.onChanged, (changes, area) => {
        if (!touchesSettings(area, Object.keys(changes))) return;
        // Read again rather than apply the change: a local list of sites wins over the sync one.
        void readSettings().then((next) => {
          if (signal.aborted) return;
          settings = next;
          onChange();
        });
      });
    },
  };
}
