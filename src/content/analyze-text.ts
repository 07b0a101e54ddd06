// The core's analysis of the article text, asked of the background (service worker or event page) so
// the page's main thread stays free; done here only when the background does not answer (an orphaned
// script after an update, a messaging error, a timeout), with the core loaded by import() on demand.
import browser from 'webextension-polyfill';
import type { Analysis, ArticleHints, BackgroundMessage } from '../shared/messages';
import { isAnalyzeReply } from '../shared/messages';
import type { OffscreenMessage } from '../shared/offscreen-messages';
import { answerWithin } from './answer-within';
import { OFFSCREEN_COPIES } from './copy-transport';
import type { StageClock } from './stage';

type Analyze = (text: string, hints: ArticleHints) => Analysis;

export interface AnalyzeRoutes {
  /** Sends the request to the background; resolves with whatever it answered. */
  readonly remote: (text: string, hints: ArticleHints) => Promise<unknown>;
  /** The core, here in the page. */
  readonly local: () => Promise<Analyze>;
}

const inBackground = (text: string, hints: ArticleHints) =>
  browser.runtime.sendMessage({ type: 'analyze', payload: { text, hints } } satisfies BackgroundMessage);

/** Chrome: the offscreen document's core, which analyses the copies and so is kept hot, else the worker's. */
const inOffscreen = (text: string, hints: ArticleHints) =>
  browser.runtime
    .sendMessage({ type: 'analysisInOffscreen', payload: { text, hints } } satisfies OffscreenMessage)
    .then((reply: unknown) => (isAnalyzeReply(reply) ? reply : inBackground(text, hints)))
    .catch(() => inBackground(text, hints));

const DEFAULT_ROUTES: AnalyzeRoutes = {
  remote: OFFSCREEN_COPIES ? inOffscreen : inBackground,
  local: () => import('../core/index').then((core) => core.analyze),
};

/**
 * How long the page waits before analysing on its own. Waking a stopped worker and a cold first run take
 * ~0.1 s; warm, the core reads 1–3 MB/s. Generous (a page analysed twice costs more than a late one),
 * and longer for long texts so a busy background is not raced.
 */
const BASE_TIMEOUT_MS = 3_000;
const TIMEOUT_MS_PER_KCHAR = 2;

export function timeoutFor(text: string): number {
  return BASE_TIMEOUT_MS + (text.length / 1000) * TIMEOUT_MS_PER_KCHAR;
}

/**
 * The analyze stage's work: `text` analysed in the background, or here when it does not answer (the
 * clock's detail says which, and why). Rejects when the pass is aborted.
 */
export async function analyzeText(
  text: string,
  hints: ArticleHints,
  clock: StageClock,
  routes: AnalyzeRoutes = DEFAULT_ROUTES,
): Promise<Analysis> {
  // Sending (serialising the text) is the page's work; the wait for the answer is not.
  const answer = await clock.wait(answerWithin(() => routes.remote(text, hints), timeoutFor(text)));
  clock.signal.throwIfAborted();
  if ('reply' in answer && isAnalyzeReply(answer.reply)) {
    clock.note({ where: 'background', workMs: answer.reply.workMs });
    return answer.reply.analysis;
  }
  const analyze = await clock.wait(routes.local());
  await clock.yield();
  const analysis = analyze(text, hints);
  clock.note({ where: 'page', miss: 'miss' in answer ? answer.miss : 'no usable answer' });
  // The page gets the main thread back before the caller goes on (a reply's wait already gave it).
  await clock.yield();
  return analysis;
}
