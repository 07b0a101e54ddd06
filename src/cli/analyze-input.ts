// One input's text → its analysis. Plain text is analysed verbatim; HTML first goes through the
// extension's own article extraction, so the CLI and the extension see the same article text.
import { analyze } from '../core';
import type { Analysis, ArticleHints } from '../core/types';
import { InputError } from './read-input';

/** The article text and metadata an HTML page yields (see extract-html.ts), or null when it has none. */
export type HtmlExtractor = (html: string) => { text: string; hints: ArticleHints } | null;

const HTML_NAME = /\.html?$/i;

export const isHtmlInput = (input: string): boolean => HTML_NAME.test(input);

export interface AnalysedInput {
  /** The text the analysis' offsets index: the input itself, or the article text extracted from HTML. */
  readonly text: string;
  readonly analysis: Analysis;
}

/** The text to analyse and its hints; throws InputError when an HTML page has no article. */
export function articleText(
  input: string,
  content: string,
  extractHtml: HtmlExtractor,
): { text: string; hints: ArticleHints } {
  if (!isHtmlInput(input)) return { text: content, hints: {} };
  const article = extractHtml(content);
  if (!article) throw new InputError('no article text found in this HTML page');
  return article;
}

/** One file's text and analysis in one call (the golden page tests use it). */
export function analyzeInput(input: string, content: string, extractHtml: HtmlExtractor): AnalysedInput {
  const { text, hints } = articleText(input, content, extractHtml);
  return { text, analysis: analyze(text, hints) };
}
