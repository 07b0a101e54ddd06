// A live blog's entries each carry their time (<time datetime>); a statement belongs to the entry that
// holds it. Only where the article holds several timed entries: an article's one byline date is the
// article's, not a statement's.

/** Timed elements an article needs before its statements are read as entries of a live blog. */
const MIN_ENTRIES = 3;
const TIMED = 'time[datetime]';

/** For each element under the root holding timed elements: how many, and the first one's datetime. */
type TimedAncestors = Map<Element, { count: number; time: string | null }>;

/**
 * Counted once per article, walking up from each timed element: asking every statement's ancestors for
 * their timed elements instead cost statements × depth × subtree (53–111 ms of a report on a 5 MB page).
 */
function timedAncestors(root: Element, times: Iterable<Element>): TimedAncestors {
  const out: TimedAncestors = new Map();
  for (const time of times) {
    const datetime = time.getAttribute('datetime');
    for (let at = time.parentElement; at && at !== root; at = at.parentElement) {
      const seen = out.get(at);
      if (seen) seen.count++;
      else out.set(at, { count: 1, time: datetime });
    }
  }
  return out;
}

/** Up to the root, excluding it: the nearest ancestor holding one timed element is the entry. */
function entryTime(node: Node, root: Element, timed: TimedAncestors): string | null {
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) {
    const seen = timed.get(at);
    if (seen && seen.count > 1) return null;
    if (seen?.time) return seen.time;
  }
  return null;
}

/** The datetime of the entry that holds `node`, or null (no live blog, or no single entry holds it). */
export function entryTimeOf(node: Node, root: Element): string | null {
  return root.contains(node)
    ? entryTime(node, root, timedAncestors(root, root.querySelectorAll(TIMED)))
    : null;
}

/** Each statement's entry time, by statement id, when `root` is a live blog's; else empty. */
export function entryTimes(
  root: Element,
  statements: readonly { readonly id: string; readonly node: Node | null }[],
): Record<string, string> {
  const times: Record<string, string> = {};
  const timed = root.querySelectorAll(TIMED);
  if (timed.length < MIN_ENTRIES) return times;
  const ancestors = timedAncestors(root, timed);
  for (const { id, node } of statements) {
    const time = node && root.contains(node) ? entryTime(node, root, ancestors) : null;
    if (time) times[id] = time;
  }
  return times;
}
