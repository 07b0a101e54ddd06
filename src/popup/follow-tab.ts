// The side panel (Chrome) and sidebar (Firefox) show this same page beside the article, where it stays
// open while the reader moves between tabs: it follows the active tab, and reloads when that tab loads a
// new page. In the toolbar popup (which closes on a tab switch) the listeners simply never fire.
// Neither event needs the tabs permission: they carry ids and a status, no URL.
import browser from 'webextension-polyfill';

/** Calls `onChange` when the window's active tab changes or finishes loading; not with ?tab= (tests). */
export function followActiveTab(search: string, currentTab: () => number | null, onChange: () => void): void {
  if (new URLSearchParams(search).has('tab')) return;
  browser.tabs.onActivated.addListener(() => onChange());
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === currentTab() && change.status === 'complete') onChange();
  });
}
