// The popup's per-site switch: whether Sourcelight runs on the tab's site (settings.disabledSites).
import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';
import { isSiteDisabled, withSiteEnabled } from '../shared/normalize-settings';
import { readStoredSettings, saveDisabledSites } from '../shared/site-list-store';

/** The site of the page the report is about; null when there is none (then the switch is hidden). */
export function hostOf(report: PageReport | undefined): string | null {
  try {
    return report ? new URL(report.url).hostname : null;
  } catch {
    return null;
  }
}

export async function isEnabledOn(host: string): Promise<boolean> {
  const settings = await readStoredSettings(browser.storage);
  return !isSiteDisabled(host, settings.disabledSites);
}

/**
 * Saves the switch (a list too long for storage.sync goes to storage.local); rejects when the browser
 * refuses the write (quota, sync errors), so that the panel can say so instead of showing a switch that lies.
 */
export async function setEnabledOn(host: string, enabled: boolean): Promise<void> {
  const settings = await readStoredSettings(browser.storage);
  await saveDisabledSites(browser.storage, withSiteEnabled(settings, host, enabled).disabledSites);
}
