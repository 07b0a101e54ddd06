// Checked array access for loops whose bounds the code already guarantees: a broken invariant throws a clear
// error here instead of an `undefined` travelling on (what a non-null assertion would let through).

/** `items[index]`, which must exist. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item at ${index} of ${items.length}`);
  return item;
}
