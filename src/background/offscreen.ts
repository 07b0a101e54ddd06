// Chrome's offscreen document (reason DOM_PARSER): the service worker has no DOM, so it hands a page's
// copy here to be parsed (parse-for-page.ts), off the page's main thread and with Readability kept
// compiled between pages. It answers only the worker, only this command.
import browser, { type Runtime } from 'webextension-polyfill';
import { isParseCopyMessage } from '../shared/page-copy';
import { parseForPage } from './parse-for-page';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab || !isParseCopyMessage(message)) return undefined;
  return parseForPage(message.payload);
});
