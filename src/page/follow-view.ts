// Tells, at most once a frame, that the view may show other things now: the page (or a scroller in it)
// scrolled, the window was resized, or the caller asked. Listeners are passive and added on the first
// ask, so a page that never needs to be followed pays nothing. The callers read layout, so they run
// just after the frame is rendered, not in it: in an animation-frame callback the read made the browser
// restyle and lay out there and then, in a task of ours, whatever the frame had to catch up on (a
// painted highlight's new stylesheet on a 5 MB article: 0.4 s of style in our callback). After the
// frame, the rendering has done that work and the read is cheap.

export interface ViewFollower {
  /** `onMove` runs just after the next frame (once, however often this is called before it). */
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
    if (typeof view.requestAnimationFrame === 'function')
      view.requestAnimationFrame(() => setTimeout(run, 0));
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
