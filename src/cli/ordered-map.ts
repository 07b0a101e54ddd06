// The ordered pool's bookkeeping: up to `window` items in flight, results out in input order. Memory is
// bounded by the window, and the source is not read ahead while the window is full.

export async function* orderedMap<T, R>(
  items: AsyncIterable<T>,
  window: number,
  run: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const pending: { settled: boolean; promise: Promise<R> }[] = [];
  for await (const item of items) {
    const entry = { settled: false, promise: run(item) };
    const settle = () => (entry.settled = true);
    entry.promise.then(settle, settle);
    pending.push(entry);
    // Results already finished go out at once, so a slow source does not hold back finished work.
    while (pending.length >= window || pending[0]?.settled) yield await pending.shift()!.promise;
  }
  while (pending.length > 0) yield await pending.shift()!.promise;
}
