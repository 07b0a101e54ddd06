// @vitest-environment jsdom
// The page watcher: a burst of changes is one refresh after quiet, a page that never goes quiet still
// gets one within the maximum wait, and changes outside the article cost no refresh at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_DEBOUNCE_MS, REFRESH_MAX_WAIT_MS, watchPage } from '../../../src/content/watch-page';

let controller: AbortController;
let changed: ReturnType<typeof vi.fn<() => void>>;

function start(): { article: Element; ticker: Element; outside: Element } {
  document.body.innerHTML =
    '<article><p>Story text.</p><span class="ago">1 second ago</span></article><div id="ad">Ad 1</div>';
  changed = vi.fn<() => void>();
  controller = new AbortController();
  const article = document.querySelector('article')!;
  watchPage(document, () => article, { onContentChanged: changed, onNavigated: vi.fn() }, controller.signal);
  return { article, ticker: document.querySelector('.ago')!, outside: document.getElementById('ad')! };
}

/** Runs `tick` every `everyMs` for `forMs`, letting the observer's microtasks run in between. */
async function keepChanging(tick: (n: number) => void, everyMs: number, forMs: number): Promise<void> {
  for (let n = 1; n * everyMs <= forMs; n++) {
    tick(n);
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('watchPage', () => {
  it('one refresh after a burst goes quiet', async () => {
    const { article } = start();
    await keepChanging((n) => article.append(`more ${n}`), 50, 300);
    expect(changed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('a ticker every 100 ms still lets the article refresh within the maximum wait, and again after', async () => {
    const { ticker } = start();
    await keepChanging((n) => (ticker.textContent = `${n} seconds ago`), 100, REFRESH_MAX_WAIT_MS);
    expect(changed).toHaveBeenCalledTimes(1);
    await keepChanging((n) => (ticker.textContent = `${n} minutes ago`), 100, REFRESH_MAX_WAIT_MS);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('changes outside the article never refresh', async () => {
    const { outside } = start();
    await keepChanging((n) => (outside.textContent = `Ad ${n}`), 100, REFRESH_MAX_WAIT_MS * 2);
    await vi.advanceTimersByTimeAsync(REFRESH_MAX_WAIT_MS);
    expect(changed).not.toHaveBeenCalled();
  });
});
