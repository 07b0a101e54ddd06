// The settings read the document_start script (preload.ts) starts on what looks like an article, for the
// entry (index.ts) to take at document_idle: the pass then need not wait for storage. It waits on the
// content scripts' own global (their isolated world in Chrome, their sandbox in Firefox: the page cannot
// see it), and is dropped if the settings change before the entry takes it, as the entry only follows
// changes from then on.
import type { Browser, Storage } from 'webextension-polyfill';
import type { Settings } from '../shared/settings';
import { readStoredSettings, touchesSettings } from '../shared/site-list-store';

const SLOT = '__sourcelightEarlySettings';

interface EarlyRead {
  readonly read: Promise<Settings>;
  readonly stop: () => void;
}

const holder = globalThis as { [SLOT]?: EarlyRead };

/** Starts the read, and returns it; `storage` is the browser's own API (the preload carries no polyfill). */
export function startEarlySettings(storage: Browser['storage']): Promise<Settings> {
  const read = readStoredSettings(storage);
  read.catch(() => undefined);
  const changed = (changes: Record<string, Storage.StorageChange>, area: string): void => {
    if (touchesSettings(area, Object.keys(changes))) stop();
  };
  const stop = (): void => {
    storage.onChanged.removeListener(changed);
    delete holder[SLOT];
  };
  storage.onChanged.addListener(changed);
  holder[SLOT] = { read, stop };
  return read;
}

/** The read the preload started, once (null when there is none, or the settings changed since). */
export function takeEarlySettings(): Promise<Settings> | null {
  const early = holder[SLOT];
  if (!early) return null;
  early.stop();
  return early.read;
}
