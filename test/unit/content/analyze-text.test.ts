import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeRoutes } from '../../../src/content/analyze-text';
import type { Analysis } from '../../../src/shared/messages';

// The polyfill refuses to load outside an extension; the routes under test are passed in. The timing
// setting is on, so the stage writes its measure (once the setting is read).
vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: { get: () => Promise.resolve({ recordTimings: true }) } } },
}));
const { analyzeText, timeoutFor } = await import('../../../src/content/analyze-text');
const { stage } = await import('../../../src/content/stage');

const FROM_BACKGROUND: Analysis = {
  statements: [],
  article: { title: 'background', publisher: null, byline: null, published: null, credits: [] },
};
const FROM_PAGE: Analysis = { ...FROM_BACKGROUND, article: { ...FROM_BACKGROUND.article, title: 'page' } };
const local = () => Promise.resolve(() => FROM_PAGE);

/** The analyze stage as the pass runs it. */
const analyzed = (signal: AbortSignal, routes: AnalyzeRoutes) =>
  stage('analyze', signal, (clock) => analyzeText('Text.', {}, clock, routes));

async function lastDetail(): Promise<unknown> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const [last] = performance.getEntriesByName('sourcelight:analyze', 'measure').slice(-1);
  return (last as PerformanceMeasure | undefined)?.detail;
}

afterEach(() => {
  performance.clearMeasures();
  vi.useRealTimers();
});

describe('analyzeText', () => {
  const cases: [string, () => Promise<unknown>, string, 'background' | 'page'][] = [
    [
      'the background answers',
      () => Promise.resolve({ analysis: FROM_BACKGROUND, workMs: 4 }),
      'background',
      'background',
    ],
    [
      'no receiver (the send rejects)',
      () => Promise.reject(new Error('Receiving end does not exist')),
      'page',
      'page',
    ],
    [
      'an orphaned script (the send throws)',
      () => {
        throw new Error('Extension context invalidated');
      },
      'page',
      'page',
    ],
    ['an older background answers nothing', () => Promise.resolve(undefined), 'page', 'page'],
    [
      'a malformed answer',
      () => Promise.resolve({ analysis: { statements: 'x' }, workMs: 1 }),
      'page',
      'page',
    ],
  ];
  it.each(cases)('%s → analysed in the %s', async (_, remote, title, where) => {
    const analysis = await analyzed(new AbortController().signal, { remote, local });
    expect(analysis.article.title).toBe(title);
    expect(await lastDetail()).toMatchObject({ where });
  });

  it('records the background work apart from the page wait', async () => {
    const remote = () => Promise.resolve({ analysis: FROM_BACKGROUND, workMs: 12.5 });
    await analyzed(new AbortController().signal, { remote, local });
    expect(await lastDetail()).toMatchObject({ where: 'background', workMs: 12.5 });
  });

  it('analyses in the page when the background stays silent past the timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const silent = () => new Promise<unknown>(() => undefined);
    const pending = analyzed(new AbortController().signal, { remote: silent, local });
    await vi.advanceTimersByTimeAsync(timeoutFor('Text.'));
    vi.useRealTimers();
    await expect(pending).resolves.toBe(FROM_PAGE);
    expect(await lastDetail()).toMatchObject({ where: 'page', miss: 'timeout' });
  });

  it('says why the page analysed on its own', async () => {
    const remote = () => Promise.reject(new Error('Receiving end does not exist'));
    await analyzed(new AbortController().signal, { remote, local });
    expect(await lastDetail()).toMatchObject({ miss: 'Error: Receiving end does not exist' });
  });

  it('rejects once the pass is aborted', async () => {
    const controller = new AbortController();
    const remote = () => {
      controller.abort();
      return Promise.resolve({ analysis: FROM_BACKGROUND, workMs: 1 });
    };
    await expect(analyzed(controller.signal, { remote, local })).rejects.toThrow();
  });
});

describe('timeoutFor', () => {
  it('waits longer for longer texts', () => {
    expect(timeoutFor('x'.repeat(1_000_000))).toBeGreaterThan(timeoutFor('x'));
  });
});
