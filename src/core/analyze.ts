import { runPipeline } from './pipeline';
import type { Analysis, ArticleHints } from './types';

/** Finds the statements in an article's text and who made them. */
export function analyze(text: string, hints: ArticleHints = {}): Analysis {
  return {
    statements: runPipeline(text),
    article: {
      title: hints.title ?? null,
      publisher: hints.publisher ?? null,
      byline: hints.byline ?? null,
      published: hints.published ?? null,
      credits: [],
    },
  };
}
