// The core's analysis for a content script, run here so the page's main thread stays free. The service
// worker (Chrome) or event page (Firefox) keeps its JIT-compiled core between pages, where each page's
// content script would start cold. The text arrives by runtime messaging and never leaves the browser.
import { analyze } from '../core/index';
import type { AnalyzeReply, BackgroundCommands } from '../shared/messages';
import { COPY_ANALYSIS_MAX_CHARS, type CopyParse } from '../shared/page-copy';
import { markWarm } from './warm-up';

type AnalyzeRequest = BackgroundCommands['analyze']['request'];

/** Rejects a malformed request, so the page falls back to analysing on its own. */
export async function analyzeForPage(request: AnalyzeRequest): Promise<AnalyzeReply> {
  if (typeof request?.text !== 'string' || typeof request.hints !== 'object' || request.hints === null) {
    throw new TypeError('analyze: expected { text: string, hints: object }');
  }
  return analyzeNow(request.text, request.hints);
}

/**
 * A parse with its article's text analysed at once (in the background that keeps the core: the event page,
 * the service worker): a page that reads the same text then waits for no second answer. An
 * analysis that fails leaves the parse as it was (the page asks for its own).
 */
export function withAnalysis(parse: CopyParse): CopyParse {
  if (!parse.article || parse.article.text.length > COPY_ANALYSIS_MAX_CHARS) return parse;
  try {
    return { ...parse, analyzed: analyzeNow(parse.article.text, parse.article.hints) };
  } catch {
    return parse;
  }
}

function analyzeNow(text: string, hints: AnalyzeRequest['hints']): AnalyzeReply {
  markWarm();
  const start = performance.now();
  const analysis = analyze(text, hints);
  return { analysis, workMs: performance.now() - start };
}
