// The page store: one owner of the page's state, which reports every move but an assumed one, and
// whose report carries the analysis only when ready and the error only in the error state.
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../../src/content/page-analysis';
import { createPageStore, type PageStore } from '../../../src/content/page-store';
import type { PageReport, PageState } from '../../../src/shared/messages';

const ANALYSIS = {
  statements: [],
  article: { title: 'A', publisher: null, byline: null, published: null, credits: [] },
};
// No live blog here (entry times: test/unit/page/entry-time.test.ts): a root without timed entries.
const SHOWN = {
  analysis: ANALYSIS,
  anchored: [],
  located: { root: { querySelectorAll: () => [] } },
} as unknown as PageAnalysis;
const URL = 'https://example.com/story';

type Step = (store: PageStore) => void;
const enter =
  (...args: Parameters<PageStore['enter']>): Step =>
  (store) =>
    store.enter(...args);
const assume =
  (state: Parameters<PageStore['assume']>[0]): Step =>
  (store) =>
    store.assume(state);
const show =
  (current: PageAnalysis | null): Step =>
  (store) =>
    store.show(current);

describe('createPageStore', () => {
  // [case, steps, the report after them, the states reported on the way]
  const cases: [string, Step[], Partial<PageReport>, PageState[]][] = [
    ['a new store', [], { state: 'not-article', analysis: null }, []],
    ['analysing', [enter('analyzing')], { state: 'analyzing', analysis: null }, ['analyzing']],
    [
      'shown but not ready yet',
      [enter('analyzing'), show(SHOWN)],
      { state: 'analyzing', analysis: null },
      ['analyzing'],
    ],
    [
      'ready',
      [enter('analyzing'), show(SHOWN), enter('ready')],
      { state: 'ready', analysis: ANALYSIS },
      ['analyzing', 'ready'],
    ],
    ['ready with nothing shown', [enter('ready')], { state: 'ready', analysis: null }, ['ready']],
    ['an error says why', [enter('error', 'broke')], { state: 'error', error: 'broke' }, ['error']],
    [
      'a later state drops the error',
      [enter('error', 'broke'), enter('disabled')],
      { state: 'disabled' },
      ['error', 'disabled'],
    ],
    ['assumed, not reported', [enter('ready'), assume('analyzing')], { state: 'analyzing' }, ['ready']],
  ];
  it.each(cases)('%s', (_, steps, expected, reported) => {
    const reports: PageReport[] = [];
    const store = createPageStore(
      () => URL,
      (report) => reports.push(report),
    );
    for (const step of steps) step(store);
    const report = store.report();
    expect(report).toMatchObject({ url: URL, ...expected });
    if (!('error' in expected)) expect(report.error).toBeUndefined();
    expect(reports.map((r) => r.state)).toEqual(reported);
  });
});
