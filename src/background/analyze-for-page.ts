// The core's analysis for a content script, run here so the page's main thread stays free. The service
// worker (Chrome) or event page (Firefox) keeps its JIT-compiled core between pages, where each page's
// content script would start cold. The text arrives by runtime messaging and never leaves the browser.
import { analyze } from '../core/index';
import type { AnalyzeReply, BackgroundCommands } from '../shared/messages';
import { COPY_ANALYSIS_MAX_CHARS, type CopyParse } from '../shared/page-copy';
import { analyzeAhead, takeAhead } from './analysis-ahead';
import { markWarm } from './warm-up';

type AnalyzeRequest = BackgroundCommands['analyze']['request'];

/**
 * Rejects a malformed request, so the page falls back to analysing on its own. `frame` (tab and frame)
 * finds the analysis made ahead of the request for that frame's copy (analysis-ahead.ts).
 */
export async function analyzeForPage(request: AnalyzeRequest, frame?: string): Promise<AnalyzeReply> {
  if (typeof request?.text !== 'string' || typeof request.hints !== 'object' || request.hints === null) {
    throw new TypeError('analyze: expected { text: string, hints: object }');
  }
  const made = frame === undefined ? null : takeAhead(frame, request.text, request.hints);
  return (await made?.catch(() => null)) ?? analyzeNow(request.text, request.hints);
}

const analyzable = (parse: CopyParse): parse is CopyParse & Required<Pick<CopyParse, 'article'>> =>
  parse.article !== undefined && parse.article.text.length <= COPY_ANALYSIS_MAX_CHARS;

/**
 * A parse with its article's text analysed at once (in the background that keeps the core: the event page,
 * the service worker): a page that reads the same text then waits for no second answer. An
 * analysis that fails leaves the parse as it was (the page asks for its own).
 */
export function withAnalysis(parse: CopyParse): CopyParse {
  if (!analyzable(parse)) return parse;
  try {
    return { ...parse, analyzed: analyzeNow(parse.article.text, parse.article.hints) };
  } catch {
    return parse;
  }
}

/**
 * A parse answered at once, its article's text analysed right after for the frame `frame` to ask for
 * (analysis-ahead.ts): the page reads its own text meanwhile.
 */
export function thenAnalysis(parse: CopyParse, frame: string): CopyParse {
  if (analyzable(parse)) analyzeAhead(frame, parse.article, analyzeNow);
  return parse;
}

function analyzeNow(text: string, hints: AnalyzeRequest['hints']): AnalyzeReply {
  markWarm();
  const start = performance.now();
  const analysis = analyze(text, hints);
  return { analysis, workMs: performance.now() - start };
}
