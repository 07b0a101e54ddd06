// The background: toolbar badge, context menu, keyboard commands, and the core's analysis for the
// pages' content scripts. Thin, and stateless, because Chrome runs it as a service worker and Firefox
// as an event page: both may stop it at any time, so every listener is registered synchronously at
// the top level and nothing is kept in memory.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import type { ContentMessage } from '../shared/messages';
import { isBackgroundMessage, isContentReply } from '../shared/messages';
import { isOffscreenMessage } from '../shared/offscreen-messages';
import { afterParse, aheadAfterParse } from './analysis-ahead';
import { analyzeForPage } from './analyze-for-page';
import { answerParse } from './answer-parse';
import { aheadOffscreen, hasOffscreen, openOffscreen, parseOffscreen } from './offscreen-parse';
import { parseForPage } from './parse-for-page';
import { injectSession } from './inject-session';
import { badgeFor, commandMessage, MENU_ID } from './badge-and-commands';
import { runsByItself } from './runs-by-itself';
import { warmUp } from './warm-up';

const BADGE_COLOR = '#1c3e6c';

/** Only our own content scripts may set a tab's badge: the sender must be this extension, in a tab. */
function isOwnTabSender(
  sender: Runtime.MessageSender,
): sender is Runtime.MessageSender & { tab: Tabs.Tab & { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number';
}

/** One of this extension's own pages (the offscreen document), not a content script. */
const isOwnPage = (sender: Runtime.MessageSender): boolean =>
  sender.id === browser.runtime.id && sender.tab === undefined;

async function sendToTab(tabId: number, message: ContentMessage): Promise<unknown> {
  // A tab without our content script (a browser page, a store) has no receiver: nothing to do there.
  return browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

async function activeTabId(tab: Tabs.Tab | undefined): Promise<number | undefined> {
  if (typeof tab?.id === 'number' && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Chrome's offscreen document, about a page's copy it was sent directly (offscreen.ts).
  if (isOffscreenMessage(message) && message.type === 'runsByItself' && isOwnPage(sender)) {
    return runsByItself(message.payload.url);
  }
  if (!isBackgroundMessage(message) || !isOwnTabSender(sender)) return undefined;
  const frame = `${sender.tab.id}:${sender.frameId ?? 0}`;
  // The promise is the reply; a rejection tells the page to analyse on its own.
  if (message.type === 'analyze') return analyzeForPage(message.payload, frame);
  // Sent right after the frame's copy: answered once its parse has answered and the analysis is made.
  // Null (none made, or it failed): the page then asks for its own analysis.
  if (message.type === 'analysisAhead') {
    if (typeof DOMParser === 'function') return aheadAfterParse(frame);
    return afterParse(frame).then(() => aheadOffscreen(frame));
  }
  if (message.type === 'injectSession') {
    // The page's copy follows once its document is parsed: the offscreen document is made ready for it.
    void openOffscreen().catch(() => undefined);
    const { documentId } = sender as { documentId?: string };
    return injectSession({ tabId: sender.tab.id, frameId: sender.frameId ?? 0, documentId });
  }
  // Firefox's event page has a DOM of its own; Chrome's service worker hands the copy on to its
  // offscreen document, which analyses it too (where the page's copy did not go there directly).
  if (message.type === 'parsePage') {
    const allowed = () => runsByItself(sender.url);
    if (typeof DOMParser === 'function') {
      return answerParse(message.payload, frame, allowed, parseForPage);
    }
    return answerParse(message.payload, frame, allowed, (copy) => parseOffscreen(copy, frame), false);
  }
  if (message.type === 'reportChanged') {
    const tabId = sender.tab.id;
    const text = badgeFor(message.payload.state, message.payload.count);
    void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined);
    // An article page will ask for its analysis shortly: a cold core gets compiled meanwhile. Not in
    // Chrome's worker: its offscreen document analyses the pages' texts (offscreen.ts).
    if (message.payload.state === 'analyzing' && !hasOffscreen()) setTimeout(warmUp, 0);
  }
  return undefined;
});

// Firefox for Android has neither context menus nor keyboard shortcuts (it ignores those manifest keys):
// their listeners are registered only where the API exists, or the whole background would throw here.
if (browser.contextMenus) {
  browser.runtime.onInstalled.addListener(() => {
    // removeAll first: on update the old entry may still exist, and a duplicate id is an error.
    void browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({
          id: MENU_ID,
          title: browser.i18n.getMessage('contextMenuTitle'),
          contexts: ['page', 'selection'],
          documentUrlPatterns: ['http://*/*', 'https://*/*'],
        }),
      )
      .catch(() => undefined);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || typeof tab?.id !== 'number') return;
    void sendToTab(tab.id, { type: 'analyzeNow', payload: {} });
  });
}

if (browser.commands) {
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    void (async () => {
      const tabId = await activeTabId(tab);
      if (tabId === undefined) return;
      const reply =
        command === 'toggle-highlights'
          ? await sendToTab(tabId, { type: 'getReport', payload: {} })
          : undefined;
      const report = isContentReply('getReport', reply) ? reply : null;
      const message = commandMessage(command, report?.state ?? null);
      if (message) await sendToTab(tabId, message);
    })();
  });
}
