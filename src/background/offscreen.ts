// Chrome's offscreen document (reason DOM_PARSER): the service worker has no DOM, so a page's copy is
// parsed here (parse-for-page.ts), off the page's main thread, and its text analysed here too, with
// Readability and the core kept compiled between pages. A page sends its copy straight here
// (parseInOffscreen, aheadInOffscreen for the analysis of the copy's text, analysisInOffscreen for a text
// of its own): the worker's hop each way cost 2-17 ms on the saved pages, most on the largest copies,
// which it read and wrote out again. One core serves them all, so it stays hot (the worker's, run only
// for the texts that differ from their copy's, took 2-4x as long). The worker hands on a copy that did
// not come here directly (parseCopy, aheadForFrame: the session's first article page).
import browser, { type Runtime } from 'webextension-polyfill';
import { isOffscreenMessage, type OffscreenMessage } from '../shared/offscreen-messages';
import { isParseCopyMessage } from '../shared/page-copy';
import { aheadAfterParse } from './analysis-ahead';
import { analyzeForPage } from './analyze-for-page';
import { answerParse } from './answer-parse';
import { parseForPage } from './parse-for-page';
import { warmUp } from './warm-up';

/** Whether the pass runs by itself at `url`: the worker reads the settings (this document cannot). */
async function runsByItself(url: string | undefined): Promise<boolean> {
  const ask: OffscreenMessage = { type: 'runsByItself', payload: { url } };
  return (await browser.runtime.sendMessage(ask)) === true;
}

/** A page's copy the worker hands on (its settings checked there), and the request for its analysis. */
function fromWorker(message: unknown): Promise<unknown> | undefined {
  if (isParseCopyMessage(message)) {
    const { frame, ...request } = message.payload;
    return answerParse(request, frame, () => Promise.resolve(true), parseForPage);
  }
  if (isOffscreenMessage(message) && message.type === 'aheadForFrame') {
    return aheadAfterParse(message.payload.frame);
  }
  return undefined;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (!sender.tab) return fromWorker(message);
  if (!isOffscreenMessage(message) || typeof sender.tab.id !== 'number') return undefined;
  const frame = `${sender.tab.id}:${sender.frameId ?? 0}`;
  if (message.type === 'aheadInOffscreen') return aheadAfterParse(frame);
  if (message.type === 'analysisInOffscreen') return analyzeForPage(message.payload, frame);
  if (message.type !== 'parseInOffscreen') return undefined;
  return answerParse(message.payload, frame, () => runsByItself(sender.url), parseForPage);
});

// Created for the first article page, which sends its copy soon after: the core is compiled before it.
setTimeout(warmUp, 0);
