// Tells, at most once a frame, that the view may show other things now: the page (or a scroller in it)
// scrolled, the window was resized, or the caller asked. Listeners are passive and added on the first
// ask, so a page that never needs to be followed pays nothing.

export interface ViewFollower {
  /** `onMove` runs in the next frame (once, however often this is called before it). */
  schedule(): void;
  /** No more calls; the listeners go. */
  stop(): void;
}

const FRAME_MS = 16;

export function followView(doc: Document, onMove: () => void): ViewFollower {
  const view = doc.defaultView;
  let listening = false;
  const options = { passive: true, capture: true };
  let pending = false;
  const run = (): void => {
    pending = false;
    if (listening) onMove();
  };
  const schedule = (): void => {
    if (!view) return;
    if (!listening) {
      listening = true;
      // Capturing on the window hears scrolls of any element too (they do not bubble).
      view.addEventListener('scroll', schedule, options);
      view.addEventListener('resize', schedule, options);
    }
    if (pending) return;
    pending = true;
    // Without frames (a document that does not render), soon enough.
    if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(run);
    else view.setTimeout(run, FRAME_MS);
  };
  return {
    schedule,
    stop() {
      view?.removeEventListener('scroll', schedule, options);
      view?.removeEventListener('resize', schedule, options);
      listening = false;
      pending = false;
    },
  };
}
