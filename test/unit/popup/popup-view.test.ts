import { describe, expect, it } from 'vitest';
import { restrictionOf, viewFor, type ReportResult, type ViewContext } from '../../../src/popup/popup-view';
import type { PageReport } from '../../../src/shared/messages';
import { tabIdFromSearch } from '../../../src/popup/tab-target';
import { analysis, speaker, statement } from '../fixtures';

const report = (over: Partial<PageReport>): PageReport => ({
  url: 'https://news.example/a',
  state: 'ready',
  analysis: null,
  ...over,
});

describe('restrictionOf', () => {
  const cases: [string | undefined, string | null][] = [
    ['https://news.example/story', null],
    ['http://127.0.0.1:8080/demo', null],
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['file:///home/me/a.html', 'browser-page'],
    ['view-source:https://news.example/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://addons.mozilla.org.evil.example/', null],
    [undefined, null],
  ];
  it.each(cases)('%s → %s', (url, expected) => expect(restrictionOf(url)).toBe(expected));
});

describe('viewFor', () => {
  const found = analysis([statement(speaker('Ana Ruiz'))]);
  const cases: [string, ReportResult | null, string][] = [
    ['nothing yet', null, 'loading'],
    ['still analysing', { report: report({ state: 'analyzing' }) }, 'loading'],
    ['statements', { report: report({ analysis: found }) }, 'ready'],
    ['analysed, none found', { report: report({ analysis: analysis([]) }) }, 'empty'],
    ['ready without analysis is an error', { report: report({}) }, 'error'],
    ['not an article', { report: report({ state: 'not-article' }) }, 'not-article'],
    ['off for this site', { report: report({ state: 'disabled' }) }, 'disabled'],
    ['error', { report: report({ state: 'error', error: 'x' }) }, 'error'],
    ['no receiver on a browser page', { failed: true, url: 'chrome://newtab/' }, 'restricted'],
    ['no receiver on a web page', { failed: true, url: 'https://news.example/' }, 'restricted'],
  ];
  it.each(cases)('%s', (_name, result, kind) => expect(viewFor(result).kind).toBe(kind));

  const withContext: [string, ReportResult, ViewContext, string][] = [
    [
      'silent while the page loads',
      { failed: true, url: 'https://news.example/' },
      { pageLoading: true },
      'loading',
    ],
    ['silent, URL hidden, page loading', { failed: true, url: undefined }, { pageLoading: true }, 'loading'],
    [
      'a browser page stays restricted',
      { failed: true, url: 'chrome://newtab/' },
      { pageLoading: true },
      'restricted',
    ],
    [
      'asked, still not an article',
      { report: report({ state: 'not-article' }) },
      { asked: true },
      'nothing-found',
    ],
    ['asked, analysed, none found', { report: report({ analysis: analysis([]) }) }, { asked: true }, 'empty'],
    ['asked, found some', { report: report({ analysis: found }) }, { asked: true }, 'ready'],
    ['not asked, not an article', { report: report({ state: 'not-article' }) }, {}, 'not-article'],
  ];
  it.each(withContext)('%s', (_name, result, context, kind) =>
    expect(viewFor(result, context).kind).toBe(kind),
  );

  it('says why a page is restricted', () => {
    const reason = (url: string | undefined) => {
      const view = viewFor({ failed: true, url });
      return view.kind === 'restricted' ? view.reason : null;
    };
    expect(reason('about:newtab')).toBe('browser-page');
    expect(reason('https://addons.mozilla.org/')).toBe('web-store');
    expect(reason('https://news.example/')).toBe('not-running');
    expect(reason(undefined)).toBe('unknown');
  });
});

describe('tabIdFromSearch', () => {
  const cases: [string, number | null][] = [
    ['?tab=42', 42],
    ['?x=1&tab=7', 7],
    ['', null],
    ['?tab=', null],
    ['?tab=-1', null],
    ['?tab=4.5', null],
    ['?tab=abc', null],
    ['?tab=99999999999999999999', null],
  ];
  it.each(cases)('%s → %s', (search, expected) => expect(tabIdFromSearch(search)).toBe(expected));
});

describe('a page in another language', () => {
  const other = (code: string | null) => ({ ...analysis([]), unsupportedLanguage: { code } });
  it.each([
    ['German', 'de'],
    ['unnamed', null],
  ] as const)('%s: says so, whatever else the analysis holds', (_name, code) => {
    const view = viewFor({ report: report({ analysis: other(code) }) });
    expect(view).toMatchObject({ kind: 'other-language', code });
  });
  it('an English article with no statements is still "none found"', () => {
    expect(viewFor({ report: report({ analysis: analysis([]) }) }).kind).toBe('empty');
  });
});
