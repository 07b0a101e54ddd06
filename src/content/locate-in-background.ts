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
import { isCopyParse, type CopyArticle, type CopyAnalysis } from '../shared/page-copy';
import { sendCopy, takeEarlyCopy } from './early-copy';
import type { StageClock } from './stage';
import { measurePart } from './timing';

const sendHtml = (html: string): Promise<unknown> =>
  browser.runtime.sendMessage({ type: 'parsePage', payload: { html } } satisfies BackgroundMessage);

/** The copy's article text and the background's analysis of it: the page's own if its text is the same. */
export type AnalyzedCopy = CopyArticle & CopyAnalysis;

export interface FoundInBackground {
  readonly located: LocatedArticle | null;
  readonly analyzed: AnalyzedCopy | null;
}

/**
 * The article as the background found it in a copy of the page, with its analysis of the copy's text
 * where it made one; undefined when it could not (no copy, no usable answer): then the page parses on its
 * own. Rejects when the pass is aborted.
 */
export async function locateInBackground(
  doc: Document,
  clock: StageClock,
  send: (html: string) => Promise<unknown> = sendHtml,
): Promise<FoundInBackground | undefined> {
  let start = performance.now();
  const early = takeEarlyCopy();
  const sent = early === undefined ? sendCopy(doc, send) : early;
  measurePart('serialize', start);
  if (!sent) return undefined;
  start = performance.now();
  const answer = await clock.wait(sent.answer);
  measurePart('copy-wait', start);
  measurePart('copy-sent', sent.sentAt, (await sent.answeredAt) - sent.sentAt);
  clock.signal.throwIfAborted();
  if (!('reply' in answer) || !isCopyParse(answer.reply)) return undefined;
  measurePart('copy-work', start, answer.reply.workMs);
  start = performance.now();
  const { reply } = answer;
  const located = locateCopied(doc, sent.copy, reply);
  measurePart('copy-locate', start);
  const analyzed = reply.article && reply.analyzed ? { ...reply.article, ...reply.analyzed } : null;
  return { located, analyzed };
}
