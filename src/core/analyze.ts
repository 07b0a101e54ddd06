import { runPipeline } from './pipeline';
import type { Analysis, ArticleHints } from './types';

/** Finds the statements in an article's text and who made them. Never throws on odd text. */
export function analyze(text: string, hints: ArticleHints = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const { statements, credits, byline } = runPipeline(input);
  return {
    statements,
    article: {
      title: hints.title ?? null,
      publisher: hints.publisher ?? null,
      byline: hints.byline ?? byline,
      published: hints.published ?? null,
      credits,
    },
  };
}
