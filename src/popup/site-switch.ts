// The popup's per-site switch: whether Sourcelight runs on the tab's site (settings.disabledSites).
import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';
import {
  compactSites,
  fitsSyncItem,
  isSiteDisabled,
  normalizeSettings,
  withSiteEnabled,
} from '../shared/normalize-settings';

/** The site of the page the report is about; null when there is none (then the switch is hidden). */
export function hostOf(report: PageReport | undefined): string | null {
  try {
    return report ? new URL(report.url).hostname : null;
  } catch {
    return null;
  }
}

export async function isEnabledOn(host: string): Promise<boolean> {
  const settings = normalizeSettings(await browser.storage.sync.get());
  return !isSiteDisabled(host, settings.disabledSites);
}

/**
 * Saves the switch; rejects when the browser refuses (storage quota, sync errors) or the list would not
 * fit one sync item even compacted, so that the panel can say so instead of showing a switch that lies.
 */
export async function setEnabledOn(host: string, enabled: boolean): Promise<void> {
  const settings = normalizeSettings(await browser.storage.sync.get());
  const disabledSites = compactSites(withSiteEnabled(settings, host, enabled).disabledSites);
  if (!fitsSyncItem('disabledSites', disabledSites)) throw new Error('the list of sites is full');
  await browser.storage.sync.set({ disabledSites });
}
