// linkedom and Readability make up most of the CLI bundle: loaded on the first HTML document only, so a run
// over plain text, and each worker thread that sees none, starts without parsing them.
import type { HtmlExtractor } from './analyze-input';

/** Where a job gets the HTML extraction from when a document needs it. */
export type ExtractorSource = () => HtmlExtractor | Promise<HtmlExtractor>;

let loading: Promise<HtmlExtractor> | null = null;

export const loadExtractHtml: ExtractorSource = () =>
  (loading ??= import('./extract-html').then((m) => m.extractHtml));
