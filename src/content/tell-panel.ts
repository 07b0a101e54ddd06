// Tells an open side panel (or popup) which statement's card opened, so it can show that statement.
// The background ignores the message; with no panel open nobody acts on it.
import browser from 'webextension-polyfill';
import type { BackgroundMessage } from '../shared/messages';

export function tellPanelOpened(id: string): void {
  const message = { type: 'statementOpened', payload: { id } } satisfies BackgroundMessage;
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // An orphaned script (the extension reloaded) has no runtime: the page carries on without a panel.
  }
}
