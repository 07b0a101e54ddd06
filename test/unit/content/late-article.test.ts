// @vitest-environment jsdom
// The late-article watch: a page whose text grows by paragraphs is read again once the detector agrees;
// a clock, a teaser or a page outside the window is not; a page that keeps growing is read a few times only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LATE_CHECK_MS,
  LATE_GROWTH_CHARS,
  LATE_RUNS,
  LATE_WINDOW_MS,
  lateArticleWatch,
} from '../../../src/content/late-article';

let controller: AbortController;
const paragraph = (chars: number) => {
  const p = document.createElement('p');
  p.textContent = 'x'.repeat(chars);
  document.body.append(p);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  document.body.innerHTML = '<div id="app">Loading</div>';
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function watch(isArticle = () => true) {
  const found = vi.fn<() => void>();
  const late = lateArticleWatch(document, isArticle, found, controller.signal);
  late.arm();
  return { found, late };
}

describe('lateArticleWatch', () => {
  it.each([
    ['paragraphs arrive, the detector agrees', LATE_GROWTH_CHARS + 10, true, 1],
    ['only a short teaser arrives', LATE_GROWTH_CHARS - 10, true, 0],
    ['text arrives but the detector says no', LATE_GROWTH_CHARS * 3, false, 0],
  ])('%s', async (_, chars, article, calls) => {
    const { found } = watch(() => article);
    paragraph(chars);
    await vi.advanceTimersByTimeAsync(LATE_CHECK_MS + 1);
    expect(found).toHaveBeenCalledTimes(calls);
  });

  it('stops watching after its window', async () => {
    const { found } = watch();
    await vi.advanceTimersByTimeAsync(LATE_WINDOW_MS + 1);
    paragraph(LATE_GROWTH_CHARS * 2);
    await vi.advanceTimersByTimeAsync(LATE_CHECK_MS + 1);
    expect(found).not.toHaveBeenCalled();
  });

  it('reads a page that keeps growing a few times only', async () => {
    const { found, late } = watch();
    for (let round = 0; round < LATE_RUNS + 2; round++) {
      paragraph(LATE_GROWTH_CHARS * 2);
      await vi.advanceTimersByTimeAsync(LATE_CHECK_MS + 1);
      late.arm();
    }
    expect(found).toHaveBeenCalledTimes(LATE_RUNS);
  });

  it('does nothing once its signal is aborted', async () => {
    const { found } = watch();
    controller.abort();
    paragraph(LATE_GROWTH_CHARS * 2);
    await vi.advanceTimersByTimeAsync(LATE_CHECK_MS + 1);
    expect(found).not.toHaveBeenCalled();
  });
});
