import { withBylineCredit } from './credits/byline-credits';
import { runPipeline } from './pipeline';
import type { Analysis, ArticleHints } from './types';

/** Finds the statements in an article's text and who made them. Never throws on odd text. */
export function analyze(text: string, hints: ArticleHints = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  const found = runPipeline(input);
  const byline = hints.byline ?? found.byline;
  return {
    statements: found.statements,
    article: {
      title: hints.title ?? null,
      publisher: hints.publisher ?? null,
      byline,
      published: hints.published ?? null,
      credits: withBylineCredit(found.credits, byline),
    },
  };
}
