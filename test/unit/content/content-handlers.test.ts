// The content script's answers: without a session, the store's report and nothing shown; with one
// still loading, getReport waits for it (it is about to say 'analyzing').
import { describe, expect, it, vi } from 'vitest';
import { contentHandlers } from '../../../src/content/content-handlers';
import { createPageStore } from '../../../src/content/page-store';
import type { PageAnalysis } from '../../../src/content/page-analysis';
import type { Session } from '../../../src/content/session';
import type { SessionSlot } from '../../../src/content/session-slot';

function setUp(loaded: Promise<Session> | null) {
  const store = createPageStore(
    () => 'https://example.com/a',
    () => undefined,
  );
  const slot: SessionSlot = {
    preload: () => undefined,
    load: () => loaded ?? Promise.reject(new Error('not in this test')),
    loaded: () => loaded,
    drop: async () => undefined,
  };
  return { store, handlers: contentHandlers(slot, store) };
}

const session = (shown: boolean): Session => ({
  run: () => Promise.reject(new Error('not in this test')),
  show: async () => shown,
  step: async () => shown,
  focus: async () => shown,
  setActive: () => Promise.reject(new Error('not in this test')),
  describeUi: () => {
    throw new Error('not in this test');
  },
  dispose: () => undefined,
});

describe('contentHandlers', () => {
  it('answers from the store when no session was asked for', async () => {
    const { store, handlers } = setUp(null);
    store.enter('disabled');
    expect(await handlers.getReport({})).toMatchObject({ state: 'disabled', analysis: null });
    expect(await handlers.showStatement({ id: 's1' })).toEqual({ shown: false });
    expect(await handlers.stepStatement({ direction: 1 })).toEqual({ shown: false });
  });

  it('waits for a session still loading before it reports', async () => {
    let resolve!: (loaded: Session) => void;
    const { store, handlers } = setUp(new Promise<Session>((done) => (resolve = done)));
    store.enter('not-article');
    const report = handlers.getReport({});
    store.enter('analyzing');
    resolve(session(true));
    expect(await report).toMatchObject({ state: 'analyzing' });
  });

  it.each([true, false])('passes show and step to the session (shown: %s)', async (shown) => {
    const { handlers } = setUp(Promise.resolve(session(shown)));
    expect(await handlers.showStatement({ id: 's1' })).toEqual({ shown });
    expect(await handlers.stepStatement({ direction: -1 })).toEqual({ shown });
  });

  it('builds a ready report once per analysis on the page, however often the panel asks', async () => {
    const { store, handlers } = setUp(Promise.resolve(session(true)));
    // Only the store reads the analysis: a new report object each time it builds one is what counts here.
    const analysis = (n: number) => ({ n, analysis: { statements: [] } }) as unknown as PageAnalysis;
    const built = vi
      .spyOn(store, 'report')
      .mockImplementation(() => ({ url: 'https://example.com/a', state: store.state, analysis: null }));
    store.show(analysis(1));
    store.enter('ready');
    const first = await handlers.getReport({});
    expect(await handlers.getReport({})).toBe(first);
    expect(await handlers.getReport({})).toBe(first);
    expect(built).toHaveBeenCalledTimes(1);
    store.show(analysis(2)); // a refresh showed another analysis
    expect(await handlers.getReport({})).not.toBe(first);
    expect(built).toHaveBeenCalledTimes(2);
    store.enter('analyzing'); // a new pass: asked each time, as it changes
    expect(await handlers.getReport({})).toMatchObject({ state: 'analyzing', analysis: null });
    expect(await handlers.getReport({})).toMatchObject({ state: 'analyzing', analysis: null });
    expect(built).toHaveBeenCalledTimes(4);
  });
});
