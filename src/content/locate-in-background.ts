// Readability's parse is the one step of a pass that cannot be split into short tasks, and a Firefox
// content script, which reads the page's DOM through Xray wrappers, paid about a bare in-page parse for it.
// So the background parses a copy made from the page's HTML (Firefox's event page has a DOM; Chrome's
// service worker hands it to an offscreen document), with Readability kept compiled between pages: the
// page serialises once (or takes the copy preload.ts sent when the document was parsed) and then only
// finds its own nodes for what was kept (copy-of-page.ts). Without an answer the page parses on its own.
import browser from 'webextension-polyfill';
import { locateCopied } from '../page/copy-of-page';
import type { LocatedArticle } from '../page/locate-article';
import { isCopyParse } from '../shared/page-copy';
import type { Answer } from './answer-within';
import { copyTransport } from './copy-transport';
import { sendCopy, takeEarlyCopy, type AnalyzedCopy, type CopyTransport } from './early-copy';
import type { StageClock } from './stage';
import { measurePart } from './timing';

const toBackground: CopyTransport = copyTransport((message) => browser.runtime.sendMessage(message), false);

export type { AnalyzedCopy };

export interface FoundInBackground {
  readonly located: LocatedArticle | null;
  /** The background's analysis of the copy's text (resolves null where it made none). */
  readonly analyzed: Promise<AnalyzedCopy | null> | null;
}

function analyzedIn(answer: Answer): AnalyzedCopy | null {
  if (!('reply' in answer) || !isCopyParse(answer.reply)) return null;
  const { article, analyzed } = answer.reply;
  return article && analyzed ? { ...article, ...analyzed } : null;
}

/**
 * The analysis the background made of the article the page marks (`root`), from the copy of that element
 * sent early; null when none was sent for it.
 */
export function analyzedMarked(root: Element): Promise<AnalyzedCopy | null> | null {
  const early = takeEarlyCopy();
  if (!early?.marked || early.copy.scope !== root) return null;
  void early.answeredAt.then((at) => measurePart('copy-sent', early.sentAt, at - early.sentAt));
  void early.direct.then((yes) => yes && measurePart('copy-direct', early.sentAt, 0));
  return early.answer.then(analyzedIn);
}

/**
 * The article as the background found it in a copy of the page, with its analysis of the copy's text
 * where it made one; undefined when it could not (no copy, no usable answer): then the page parses on its
 * own. Rejects when the pass is aborted.
 */
export async function locateInBackground(
  doc: Document,
  clock: StageClock,
  transport: CopyTransport = toBackground,
): Promise<FoundInBackground | undefined> {
  let start = performance.now();
  const early = takeEarlyCopy();
  // A copy of a marked article the page no longer marks holds only that element: not a copy of the page.
  const sent = early === undefined || early?.marked ? sendCopy(doc, transport) : early;
  measurePart('serialize', start);
  if (!sent) return undefined;
  start = performance.now();
  const answer = await clock.wait(sent.answer);
  measurePart('copy-wait', start);
  measurePart('copy-sent', sent.sentAt, (await sent.answeredAt) - sent.sentAt);
  // Chrome: the offscreen document answered without the worker's hop (the bench counts the pages).
  if (await sent.direct) measurePart('copy-direct', sent.sentAt, 0);
  // When the analysis of the copy's text came (it follows the parse's answer: the bench reads the gap).
  void sent.aheadAt.then((at) => at !== null && measurePart('copy-ahead', sent.sentAt, at - sent.sentAt));
  clock.signal.throwIfAborted();
  if (!('reply' in answer) || !isCopyParse(answer.reply)) return undefined;
  measurePart('copy-work', start, answer.reply.workMs);
  start = performance.now();
  const located = locateCopied(doc, sent.copy, answer.reply);
  measurePart('copy-locate', start);
  // A parse answers before its analysis (background/analysis-ahead.ts), asked for along with the copy.
  const analyzed = analyzedIn(answer);
  return { located, analyzed: analyzed ? Promise.resolve(analyzed) : sent.ahead };
}
