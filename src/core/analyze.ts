import type { Analysis, ArticleHints } from './types';

/** Finds the statements in an article's text and who made them. Placeholder until the engine lands. */
export function analyze(text: string, hints: ArticleHints = {}): Analysis {
  void text;
  return {
    statements: [],
    article: {
      title: hints.title ?? null,
      publisher: hints.publisher ?? null,
      byline: hints.byline ?? null,
      published: hints.published ?? null,
      credits: [],
    },
  };
}
