// Readability's parse is the one step of a pass that cannot be split into short tasks, and a Firefox
// content script, which reads the page's DOM through Xray wrappers, paid about a bare in-page parse for it.
// So the background parses a copy made from the page's HTML (Firefox's event page has a DOM; Chrome's
// service worker hands it to an offscreen document), with Readability kept compiled between pages: the
// page serialises once (or takes the copy preload.ts sent when the document was parsed) and then only
// finds its own nodes for what was kept (copy-of-page.ts). Without an answer the page parses on its own.
import browser from 'webextension-polyfill';
import { locateCopied } from '../page/copy-of-page';
import type { LocatedArticle } from '../page/locate-article';
import type { BackgroundMessage } from '../shared/messages';
import { isCopyParse } from '../shared/page-copy';
import { sendCopy, takeEarlyCopy } from './early-copy';
import type { StageClock } from './stage';
import { measurePart } from './timing';

const sendHtml = (html: string): Promise<unknown> =>
  browser.runtime.sendMessage({ type: 'parsePage', payload: { html } } satisfies BackgroundMessage);

/**
 * The article as the background found it in a copy of the page; undefined when it could not (no copy,
 * no usable answer): then the page parses on its own. Rejects when the pass is aborted.
 */
export async function locateInBackground(
  doc: Document,
  clock: StageClock,
  send: (html: string) => Promise<unknown> = sendHtml,
): Promise<LocatedArticle | null | undefined> {
  let start = performance.now();
  const early = takeEarlyCopy();
  const sent = early === undefined ? sendCopy(doc, send) : early;
  measurePart('serialize', start);
  if (!sent) return undefined;
  start = performance.now();
  const answer = await clock.wait(sent.answer);
  measurePart('copy-wait', start);
  clock.signal.throwIfAborted();
  if (!('reply' in answer) || !isCopyParse(answer.reply)) return undefined;
  measurePart('copy-work', start, answer.reply.workMs);
  start = performance.now();
  const located = locateCopied(doc, sent.copy, answer.reply);
  measurePart('copy-locate', start);
  return located;
}
