// A live blog's entries each carry their time (<time datetime>); a statement belongs to the entry that
// holds it. Only where the article holds several timed entries: an article's one byline date is the
// article's, not a statement's.

/** Timed elements an article needs before its statements are read as entries of a live blog. */
const MIN_ENTRIES = 3;
const TIMED = 'time[datetime]';

/** The datetime of the entry that holds `node`, or null (no live blog, or no single entry holds it). */
export function entryTimeOf(node: Node, root: Element): string | null {
  // Up to the root, excluding it: the nearest ancestor with one timed element is the entry.
  for (let at = node.parentElement; at && at !== root && root.contains(at); at = at.parentElement) {
    const times = at.querySelectorAll(TIMED);
    if (times.length > 1) return null;
    const time = times[0]?.getAttribute('datetime');
    if (time) return time;
  }
  return null;
}

/** Each statement's entry time, by statement id, when `root` is a live blog's; else empty. */
export function entryTimes(
  root: Element,
  statements: readonly { readonly id: string; readonly node: Node | null }[],
): Record<string, string> {
  const times: Record<string, string> = {};
  if (root.querySelectorAll(TIMED).length < MIN_ENTRIES) return times;
  for (const { id, node } of statements) {
    const time = node ? entryTimeOf(node, root) : null;
    if (time) times[id] = time;
  }
  return times;
}
