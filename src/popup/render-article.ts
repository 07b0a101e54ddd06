// The article's details: title, publisher, byline, date.
import type { ArticleInfo } from '../core/types';
import { el } from './el';
import type { Translate } from '../ui/localize';

/** A readable date for ISO dates; anything unparseable is shown as the page gave it. */
export function formatDate(value: string, locale?: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  // A bare date is midnight UTC; formatting it in UTC keeps it from moving to the previous day.
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(time);
}

export function renderArticle(doc: Document, article: ArticleInfo, t: Translate, locale?: string): Node {
  const facts: [string, string | null][] = [
    ['articlePublisher', article.publisher],
    ['articleByline', article.byline],
    ['articlePublished', article.published ? formatDate(article.published, locale) : null],
  ];
  const rows = facts
    .filter((f): f is [string, string] => Boolean(f[1]))
    .flatMap(([key, value]) => [el(doc, 'dt', {}, [t(key)]), el(doc, 'dd', {}, [value])]);
  return el(doc, 'div', { className: 'article' }, [
    el(doc, 'p', { className: 'article-title' }, [article.title ?? t('articleUntitled')]),
    rows.length > 0 ? el(doc, 'dl', { className: 'facts' }, rows) : null,
  ]);
}
