// A page whose article arrives after the first paint (a client-rendered app fetching its story): at
// document_idle there was nothing to read, so the page is watched for a while and read again once its
// text has grown by a few paragraphs and the detector says article. Cheap where nothing comes: a
// mutation only arms a timer, the check (one text length, the ≤ 1 ms detector) runs at most every
// LATE_CHECK_MS, and the watch ends after LATE_WINDOW_MS or LATE_RUNS further reads.

/** How long after a change the page is looked at again (a throttle: a page that never stops changing still gets looks). */
export const LATE_CHECK_MS = 500;
/** How long after arming the page is watched. */
export const LATE_WINDOW_MS = 15_000;
/** Growth of the body's text worth another read: a few paragraphs, not a clock or a teaser. */
export const LATE_GROWTH_CHARS = 600;
/** Further reads at most per document, so that a page that keeps growing never reads in a loop. */
export const LATE_RUNS = 3;

export interface LateArticleWatch {
  /** Starts watching (again) from the page as it is now; does nothing while watching or once used up. */
  arm(): void;
}

export function lateArticleWatch(
  doc: Document,
  isArticle: () => boolean,
  onArticle: () => void,
  signal: AbortSignal,
): LateArticleWatch {
  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let end: ReturnType<typeof setTimeout> | undefined;
  let baseline = 0;
  let runs = 0;
  const textLength = (): number => doc.body?.textContent?.length ?? 0;
  const stop = (): void => {
    observer?.disconnect();
    observer = null;
    clearTimeout(timer);
    clearTimeout(end);
    timer = end = undefined;
  };
  const check = (): void => {
    timer = undefined;
    if (textLength() - baseline < LATE_GROWTH_CHARS || !isArticle()) return;
    stop();
    runs++;
    onArticle();
  };
  signal.addEventListener('abort', stop, { once: true });
  return {
    arm() {
      const View = doc.defaultView?.MutationObserver;
      if (signal.aborted || observer || runs >= LATE_RUNS || !View || !doc.documentElement) return;
      baseline = textLength();
      observer = new View((records) => {
        if (timer === undefined && records.some((record) => record.addedNodes.length > 0))
          timer = setTimeout(check, LATE_CHECK_MS);
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true });
      end = setTimeout(stop, LATE_WINDOW_MS);
    },
  };
}
