// The core's analysis for a content script, run here so the page's main thread stays free. The service
// worker (Chrome) or event page (Firefox) keeps its JIT-compiled core between pages, where each page's
// content script would start cold. The text arrives by runtime messaging and never leaves the browser.
import { analyze } from '../core/index';
import type { AnalyzeReply, BackgroundCommands } from '../shared/messages';
import { markWarm } from './warm-up';

type AnalyzeRequest = BackgroundCommands['analyze']['request'];

/** Rejects a malformed request, so the page falls back to analysing on its own. */
export async function analyzeForPage(request: AnalyzeRequest): Promise<AnalyzeReply> {
  if (typeof request?.text !== 'string' || typeof request.hints !== 'object' || request.hints === null) {
    throw new TypeError('analyze: expected { text: string, hints: object }');
  }
  markWarm();
  const start = performance.now();
  const analysis = analyze(request.text, request.hints);
  return { analysis, workMs: performance.now() - start };
}
