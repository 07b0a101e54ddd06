// With all_frames, every frame of a tab runs this script, and a message to the tab reaches all of them:
// the first answer wins. The frame holding the article must be the one that answers, so that the panel
// of a page whose story sits in a frame (a publisher's frame, a search engine's AMP viewer) shows it:
// an article answers at once, a top frame without one only once its frames had their turn, and a frame
// without an article never (nor does it report its state: the badge is the top frame's or the article's).
// Not a framed article later than the top frame's: a tab in the background (a panel opened as a tab)
// gets its timers clamped to a second, so only the empty top frame's wait may rely on a timer. A page
// with an article both on top and in a frame is left to the race.
import type { PageState } from '../shared/messages';

/** A top frame without an article that holds frames: their article, if any, answers first. */
export const EMPTY_TOP_DELAY_MS = 250;

/** How long the frame waits before it answers, or null when it must not answer at all. */
export function answerDelay(top: boolean, state: PageState, hasFrames: () => boolean): number | null {
  const article = state !== 'not-article';
  // (frames are looked for only when no article is here: a query over a 5 MB article costs 6-8 ms, and the
  // panel asks every 250 ms while the page is analysed)
  if (top) return article || !hasFrames() ? 0 : EMPTY_TOP_DELAY_MS;
  return article ? 0 : null;
}

/** Whether the frame tells the background its state (the badge): not a frame without an article. */
export function reportsState(top: boolean, state: PageState): boolean {
  return top || state !== 'not-article';
}

/** `answer` after `delayMs` (none: at once). */
export function answerAfter<T>(delayMs: number, answer: () => Promise<T>): Promise<T> {
  if (delayMs <= 0) return answer();
  return new Promise((done) => setTimeout(done, delayMs)).then(answer);
}
