// A page's responsiveness seen from outside: one evaluation after another in its main world, each round
// trip timed. The page's own timers cannot tell once another tab is in front (an extension page opened
// as a tab): a background tab's timers are clamped to a second. Used by the panel's huge-page check and
// scripts/bench-popup-huge.ts.
import type { PageHandle } from '../e2e/harness/page-handle';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Round trips (ms) of evaluations in `page`, about every 10 ms, until `until` settles. */
export async function pingPage(page: PageHandle, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.then(
    () => (done = true),
    () => (done = true),
  );
  const trips: number[] = [];
  while (!done) {
    const start = performance.now();
    await page.evaluate('1');
    trips.push(Math.round(performance.now() - start));
    await sleep(10);
  }
  return trips;
}

/** Round trips for `ms` with nothing else going on. */
export const pingFor = (page: PageHandle, ms: number): Promise<number[]> => pingPage(page, sleep(ms));
