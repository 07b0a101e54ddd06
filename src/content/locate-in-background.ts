// Where a content script reads the page's DOM through Xray wrappers (Firefox), every property Readability
// reads costs several times what it costs the page's own scripts, and the parse alone took about what a
// bare Readability parse in the page takes. There the background, which has a DOM of its own and keeps
// Readability compiled, parses a copy made from the page's HTML (one native serialisation here), and the
// page only finds its own nodes for what was kept (copy-of-page.ts). Chrome's content scripts read the
// DOM at the page's own speed (and its service worker has no DOM): there the page parses as before.
import browser from 'webextension-polyfill';
import { copyOfPage, locateCopied } from '../page/copy-of-page';
import type { LocatedArticle } from '../page/locate-article';
import type { BackgroundMessage } from '../shared/messages';
import { isCopyParse } from '../shared/page-copy';
import { answerWithin } from './analyze-text';
import type { StageClock } from './stage';
import { measurePart } from './timing';

/** Whether this script reads the page through Xray wrappers (only Firefox's content scripts have them). */
export function readsThroughWrappers(doc: Document): boolean {
  return 'wrappedJSObject' in doc;
}

/** Past this much HTML (a 5 MB page) the copy costs more than it saves: the page parses on its own. */
const MAX_HTML_CHARS = 4_000_000;
/** The background parses well within this; waking it and a cold first parse take ~0.1–0.3 s. */
const TIMEOUT_MS = 3_000;

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
  const copy = copyOfPage(doc);
  measurePart('serialize', start);
  if (!copy || copy.html.length > MAX_HTML_CHARS) return undefined;
  start = performance.now();
  const answer = await clock.wait(answerWithin(() => send(copy.html), TIMEOUT_MS));
  measurePart('copy-wait', start);
  clock.signal.throwIfAborted();
  if (!('reply' in answer) || !isCopyParse(answer.reply)) return undefined;
  measurePart('copy-work', start, answer.reply.workMs);
  start = performance.now();
  const located = locateCopied(doc, copy, answer.reply);
  measurePart('copy-locate', start);
  return located;
}
