import { withBylineCredit } from './credits/byline-credits';
import { articleLanguage } from './language/article-language';
import { runPipeline } from './pipeline';
import { forgetArticleAnswers } from './text/remembered';
import type { Analysis, ArticleHints } from './types';

/** Finds the statements in an article's text and who made them. Never throws on odd text. */
export function analyze(text: string, hints: ArticleHints = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  forgetArticleAnswers();
  const language = articleLanguage(input, hints.language);
  // An article in another language is not read at all: its "statements" would be noise.
  const found = language.english ? runPipeline(input) : { statements: [], credits: [], byline: null };
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
    ...(language.english ? {} : { unsupportedLanguage: { code: language.code } }),
  };
}
