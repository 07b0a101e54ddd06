// Whether the pass runs by itself on a frame's page: auto-run on and the site not switched off. The
// document_start script sends its copy of the page once the document is parsed, before its own read of
// the settings has answered (that answer waits behind the page's first layout and DOMContentLoaded work,
// 10–120 ms on real pages, while the copy's parse is what the pass waits for): so the background checks
// here, with its own read, before it answers an early copy (answer-parse.ts parses it meanwhile while the
// last check said yes). One that fails the check is never answered (Chrome's worker may have handed it on
// to the offscreen document already, whose analysis ahead then goes unasked and is dropped).
import browser from 'webextension-polyfill';
import { isSiteDisabled } from '../shared/normalize-settings';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { readStoredSettings, touchesSettings } from '../shared/site-list-store';

/** Whether `settings` let the pass run by itself on the page at `url` (a frame's address). */
export function runsOn(settings: Settings, url: string | undefined): boolean {
  if (!settings.autoRun || url === undefined) return false;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return !isSiteDisabled(host, settings.disabledSites);
}

let read: Promise<Settings> | null = null;

// Registered at the top level with the background's other listeners (a stopped worker wakes for it).
browser.storage.onChanged.addListener((changes, area) => {
  if (touchesSettings(area, Object.keys(changes))) read = null;
});

/** runsOn() with the stored settings, read once and again after each change to them. */
export function runsByItself(url: string | undefined): Promise<boolean> {
  read ??= readStoredSettings(browser.storage).catch(() => DEFAULT_SETTINGS);
  return read.then((settings) => runsOn(settings, url));
}
