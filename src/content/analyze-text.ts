// The core's analysis of the article text, asked of the background (service worker or event page) so
// the page's main thread stays free; done here only when the background does not answer (an orphaned
// script after an update, a messaging error, a timeout), with the core loaded by import() on demand.
import browser from 'webextension-polyfill';
import type { Analysis, ArticleHints } from '../shared/messages';
import { isAnalyzeReply } from '../shared/messages';
import { measure, yieldToPage } from './timing';

export type Analyze = (text: string, hints: ArticleHints) => Analysis;

export interface AnalyzeRoutes {
  /** Sends the request to the background; resolves with whatever it answered. */
  readonly remote: (text: string, hints: ArticleHints) => Promise<unknown>;
  /** The core, here in the page. */
  readonly local: () => Promise<Analyze>;
}

const DEFAULT_ROUTES: AnalyzeRoutes = {
  remote: (text, hints) => browser.runtime.sendMessage({ type: 'analyze', payload: { text, hints } }),
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

/** Why the page analysed on its own (kept in the measure's detail). */
type Miss = { readonly miss: string };

/** Resolves with the answer, or with why there is none: an error, or `ms` passing first. */
function answerWithin(work: () => Promise<unknown>, ms: number): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ miss: 'timeout' } satisfies Miss), ms);
    const done = (value: unknown) => {
      clearTimeout(timer);
      resolve(value);
    };
    const failed = (error: unknown) => done({ miss: String(error) } satisfies Miss);
    try {
      work().then(done, failed);
    } catch (error) {
      // An orphaned script's runtime throws synchronously ("Extension context invalidated").
      failed(error);
    }
  });
}

const missOf = (reply: unknown): string =>
  typeof (reply as Partial<Miss> | null)?.miss === 'string' ? (reply as Miss).miss : 'no usable answer';

/** Analyses `text`; records the `sourcelight:analyze` measure with where it ran. Rejects when `signal` aborts. */
export async function analyzeText(
  text: string,
  hints: ArticleHints,
  signal: AbortSignal,
  routes: AnalyzeRoutes = DEFAULT_ROUTES,
): Promise<Analysis> {
  const start = performance.now();
  let sent = 0;
  const reply = await answerWithin(() => {
    const pending = routes.remote(text, hints);
    sent = performance.now() - start;
    return pending;
  }, timeoutFor(text));
  signal.throwIfAborted();
  if (isAnalyzeReply(reply)) {
    measure('analyze', start, performance.now() - start, {
      where: 'background',
      busyMs: sent,
      workMs: reply.workMs,
    });
    return reply.analysis;
  }
  const analyze = await routes.local();
  await yieldToPage(signal);
  const localStart = performance.now();
  const analysis = analyze(text, hints);
  const busy = performance.now() - localStart;
  measure('analyze', localStart, busy, { where: 'page', busyMs: busy, miss: missOf(reply) });
  // The page gets the main thread back before the caller goes on (a reply's wait already gave it).
  await yieldToPage(signal);
  return analysis;
}
