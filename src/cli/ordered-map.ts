// The ordered pool's bookkeeping: up to `window` items in flight, results out in input order. Memory is
// bounded by the window (in items, and in bytes when given a weight), and the source is not read ahead
// while the window is full.

/** How much may be in flight: `items` at most, and (when `weight` is given) `bytes` at most, except that
 * one item always may be, however heavy. The source is read one item past a full window. */
export interface Window<T> {
  readonly items: number;
  readonly bytes?: number;
  readonly weight?: (item: T) => number;
}

export async function* orderedMap<T, R>(
  items: AsyncIterable<T>,
  window: Window<T>,
  run: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const { weight = () => 0, bytes = Infinity } = window;
  const pending: { settled: boolean; weight: number; promise: Promise<R> }[] = [];
  let inFlight = 0;
  const next = () => {
    const entry = pending.shift()!;
    inFlight -= entry.weight;
    return entry.promise;
  };
  for await (const item of items) {
    const heft = weight(item);
    // Room for the item first; results already finished go out at once, so a slow source does not hold
    // back finished work.
    while (
      pending.length > 0 &&
      (pending.length >= window.items || inFlight + heft > bytes || pending[0]!.settled)
    )
      yield await next();
    const entry = { settled: false, weight: heft, promise: run(item) };
    const settle = () => (entry.settled = true);
    entry.promise.then(settle, settle);
    pending.push(entry);
    inFlight += heft;
  }
  while (pending.length > 0) yield await next();
}
