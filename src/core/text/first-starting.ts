// Items in text order (tokens, mentions) are found by binary search, so a lookup costs the same
// whatever the sentence or article length (a megabyte can be one sentence).

/** The index of the first item starting at or after `offset` (`items.length` when none does). */
export function firstStarting(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
