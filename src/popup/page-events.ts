// What the page's tab tells the panel unasked: its analysis changed, a card opened there, the reader
// scrolled to another passage. Only the panel's own tab counts; the toolbar popup ignores the scrolling
// (it sits over the page and closes when the reader goes back to it: only the side panel follows).
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundMessage } from '../shared/messages';

export interface PageEvents {
  readonly reportChanged: () => void;
  /** A card opened, or (side panel only) the reader scrolled to this statement's passage. */
  readonly showing: (id: string) => void;
}

/** Whether this page is the toolbar popup (not the side panel, the sidebar or a tab). */
function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

export function listenToPage(tabId: () => number | null, events: PageEvents): void {
  const inPopup = isToolbarPopup();
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId()) return undefined;
    if (!isBackgroundMessage(message)) return undefined;
    if (message.type === 'reportChanged') events.reportChanged();
    if (message.type === 'cardOpened') events.showing(message.payload.id);
    if (message.type === 'passageInView' && !inPopup) events.showing(message.payload.id);
    return undefined;
  });
}
