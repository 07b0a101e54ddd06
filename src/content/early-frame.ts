// Whether the page has rendered a frame (style and layout done once), as the document_start script saw:
// it asks for an animation frame as soon as the page looks like an article, so that by document_idle the
// pass knows the page's first style and layout are behind it. The paint timing entries say so only once
// the frame has been presented, which in Chromium comes a frame or more later (in the bench, 100+ ms after
// the page had laid out and painted twice): the pass then waited for a frame of its own for nothing.
// Kept on the content scripts' own global, as early-settings.ts keeps the settings read.
import { markEarly } from './early-marks';

const SLOT = '__sourcelightRendered';

const holder = globalThis as { [SLOT]?: true };

/** Notes the page's next rendered frame (after its style and layout: a task after the frame's callbacks). */
export function watchFirstFrame(): void {
  const start = performance.now();
  globalThis.requestAnimationFrame?.(() =>
    setTimeout(() => {
      holder[SLOT] = true;
      markEarly('frame', start);
    }, 0),
  );
}

/** Whether watchFirstFrame() has seen a frame rendered. */
export function sawFrame(): boolean {
  return holder[SLOT] === true;
}
