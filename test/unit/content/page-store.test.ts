// The page store: one owner of the page's state, which reports every move but an assumed one, and
// whose report carries the analysis only when ready and the error only in the error state.
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../../src/content/page-analysis';
import { createPageStore, type PageStore, type ReportedChange } from '../../../src/content/page-store';
import type { PageReport, PageState } from '../../../src/shared/messages';
import { FIRST_PAGE_OF_MANY, STATEMENT_PAGE_SIZE } from '../../../src/shared/statement-pages';
import { speaker, statement } from '../fixtures';

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
    const reports: ReportedChange[] = [];
    const store = createPageStore(
      () => URL,
      (change) => reports.push(change),
    );
    for (const step of steps) step(store);
    const report = store.report();
    expect(report).toMatchObject({ url: URL, ...expected });
    if (!('error' in expected)) expect(report.error).toBeUndefined();
    expect(reports.map((r) => r.state)).toEqual(reported);
  });
});

describe('the report of a long analysis', () => {
  const statements = Array.from({ length: 1234 }, (_, i) =>
    statement(i % 3 === 0 ? null : speaker(i % 3 === 1 ? 'Ana Ruiz' : 'Bo Lin')),
  );
  const long = {
    ...SHOWN,
    analysis: { ...ANALYSIS, statements },
    anchored: statements.map((s) => ({ statement: s, range: null })),
  } as unknown as PageAnalysis;
  const ready = () => {
    const store = createPageStore(
      () => URL,
      () => undefined,
    );
    store.show(long);
    store.enter('ready');
    return store;
  };

  it('carries every statement counted, but only a short first page of them', () => {
    const report = ready().report();
    // Firefox copies the reply on the page's main thread: paged anyway, the first page is short.
    expect(report.analysis?.statements).toEqual(statements.slice(0, FIRST_PAGE_OF_MANY));
    expect(report.summary?.total).toBe(1234);
    expect(report.summary?.speakers.map((s) => s.count)).toEqual([411, 411, 412]);
  });

  it('a normal article’s statements, one page or less, come whole', () => {
    const store = createPageStore(
      () => URL,
      () => undefined,
    );
    const few = statements.slice(0, STATEMENT_PAGE_SIZE);
    store.show({ ...long, analysis: { ...ANALYSIS, statements: few } } as PageAnalysis);
    store.enter('ready');
    expect(store.report().analysis?.statements).toEqual(few);
  });

  it('looks no further into the anchored statements than its first page', () => {
    const store = createPageStore(
      () => URL,
      () => undefined,
    );
    let read = 0;
    const anchored = statements.map((s) => ({
      get statement() {
        read += 1;
        return s;
      },
      range: null,
    }));
    store.show({ ...long, anchored } as unknown as PageAnalysis);
    store.enter('ready');
    store.report();
    expect(read).toBe(FIRST_PAGE_OF_MANY);
  });

  it('pages the rest on request, and one speaker’s ids for the page’s focus', () => {
    const store = ready();
    const second = store.statements({ from: STATEMENT_PAGE_SIZE });
    expect(second).toMatchObject({ total: 1234, statements: statements.slice(500, 1000) });
    const bo = store.report().summary!.speakers.find((s) => s.name === 'Bo Lin')!;
    expect(store.speakerIds(bo.key)).toEqual(statements.filter((_, i) => i % 3 === 2).map((s) => s.id));
    store.enter('disabled');
    expect(store.statements({ from: 0 })).toEqual({ statements: [], total: 0 });
  });
});
