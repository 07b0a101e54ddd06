// The popup's per-site switch: whether Sourcelight runs on the tab's site (settings.disabledSites).
import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';
import { isSiteDisabled, normalizeSettings, withSiteEnabled } from '../shared/normalize-settings';

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

export async function setEnabledOn(host: string, enabled: boolean): Promise<void> {
  const settings = normalizeSettings(await browser.storage.sync.get());
  await browser.storage.sync.set({
    disabledSites: [...withSiteEnabled(settings, host, enabled).disabledSites],
  });
}
