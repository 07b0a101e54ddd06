// How many ranges the paint hands the highlighter at once, from what the last batch cost. Each call has
// a fixed cost on top of its ranges (the page watcher's records taken, the reading band's look at the
// document: calls through wrappers in Firefox), so batches are worth having; but a range's cost varies
// tenfold between browsers and pages (Firefox's wrappers, a 5 MB article's block index, a collection
// in the middle), and a fixed 16 let one batch run past the stage's 8 ms chunk (Firefox: 19 ms paint
// stretches inside the 5 MB article's stalls). The size follows the measured cost so a batch stays near
// BATCH_TARGET_MS, and the chunk ends on time.

/** The first batch's size, before anything is measured. */
export const FIRST_BATCH = 16;
/** Largest batch: past it the fixed cost per call is long paid off. */
const MAX_BATCH = 128;
/** A batch's aimed-for time: a quarter of the stage's chunk, so a chunk overruns by little. */
const BATCH_TARGET_MS = 2;

/** The next batch's size after one of `size` ranges took `tookMs`: scaled to the target, 1 to MAX_BATCH. */
export function nextBatchSize(size: number, tookMs: number): number {
  // A batch too fast to measure (timers coarsened to 0.1-1 ms) doubles.
  const scaled = tookMs > 0 ? Math.floor((size * BATCH_TARGET_MS) / tookMs) : size * 2;
  return Math.max(1, Math.min(MAX_BATCH, size * 2, scaled));
}
