// @vitest-environment jsdom
// The extract stage's wait for the page's first frame before the text map: Firefox's build waits (the
// map would otherwise pay for the page's pending style and layout), Chrome's does not (the wait was the
// pass's wall, with nothing of ours to overlap it once the background finds the article). Here the page
// marks its article and no frame ever comes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StageClock } from '../../../src/content/stage';

vi.mock('webextension-polyfill', () => ({ default: { storage: { local: { get: async () => ({}) } } } }));

const { extractPage } = await import('../../../src/content/extract-page');

afterEach(() => vi.unstubAllGlobals());

const PROSE = 'The council will vote on the plan next week, the mayor said on Tuesday. '.repeat(8);

/** What the extract stage waited for, with the page's article read. */
async function extractWaits(): Promise<number> {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  document.body.innerHTML = `<article><h1>Vote</h1><p>${PROSE}</p><p>${PROSE}</p></article>`;
  const waited: Promise<unknown>[] = [];
  const clock = {
    signal: new AbortController().signal,
    yield: async () => undefined,
    yieldIfDue: async () => undefined,
    wait: <T>(pending: Promise<T>) => (waited.push(pending), pending),
    chunked: async () => undefined,
    note: () => undefined,
  } satisfies StageClock;
  const found = await extractPage(document, clock);
  expect(found?.article.text).toContain('the mayor said on Tuesday');
  return waited.length;
}

describe('extractPage', () => {
  it("reads a located article without waiting for a frame in Chrome's build", async () => {
    vi.stubGlobal('SOURCELIGHT_FRAME_WAIT', false);
    expect(await extractWaits()).toBe(0);
  });

  it("waits for the page's first frame in Firefox's build", async () => {
    vi.stubGlobal('SOURCELIGHT_FRAME_WAIT', true);
    expect(await extractWaits()).toBe(1);
  });
});
