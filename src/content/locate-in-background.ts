// Where a content script reads the page's DOM through Xray wrappers (Firefox), every property Readability
// reads costs several times what it costs the page's own scripts, and the parse alone took about what a
// bare Readability parse in the page takes. There the background, which has a DOM of its own and keeps
// Readability compiled, parses a copy made from the page's HTML (one native serialisation here, or the
// one preload.ts sent when the document was parsed), and the page only finds its own nodes for what was
// kept (copy-of-page.ts). Chrome's content scripts read the DOM at the page's own speed (and its service
// worker has no DOM): there the page parses as before.
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
