// One Tab stop for a long list: the list's items (group headings, entries, a group's "more") keep tabindex -1 except
// the current one; arrow keys, Home and End move between the visible ones (a folded group's entries are
// skipped). Enter and Space keep their native meaning (open the entry, fold the group).

/** The items roving focus moves between. */
const ITEMS = 'summary, [data-statement-id], [data-more]';

const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

function visibleItems(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>(ITEMS)].filter((item) => {
    const group = item.closest('details');
    return !group || group.open || item.tagName === 'SUMMARY';
  });
}

/** Makes `item` the list's one Tab stop. Writes only what changes: the renderer builds items at -1, so
 * a fresh 300-entry list takes one write, not 300. */
function makeCurrent(items: readonly HTMLElement[], item: HTMLElement): void {
  for (const other of items) {
    const want = other === item ? 0 : -1;
    if (other.tabIndex !== want) other.tabIndex = want;
  }
}

/** Resets the Tab stop after the list is re-rendered: the first item, or the one that had it. */
export function resetRovingFocus(list: HTMLElement, keep?: string | null): void {
  const items = visibleItems(list);
  const kept = keep ? items.find((item) => item.dataset.statementId === keep) : undefined;
  const first = kept ?? items[0];
  if (first) makeCurrent(items, first);
}

/** Wires the keys once; the list's content may be replaced any number of times after. */
export function rovingFocus(list: HTMLElement, signal?: AbortSignal): void {
  list.addEventListener(
    'keydown',
    (event) => {
      const step = KEY_STEPS[event.key];
      if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      const items = visibleItems(list);
      const at = items.findIndex((item) => item === event.target);
      if (at < 0) return;
      const to = Math.min(
        Math.max(Number.isFinite(step) ? at + step : step < 0 ? 0 : items.length - 1, 0),
        items.length - 1,
      );
      const target = items[to];
      if (!target) return;
      event.preventDefault();
      makeCurrent(items, target);
      target.focus();
    },
    { signal },
  );
  // A click (or a Tab back into the list) leaves the Tab stop where the reader last was.
  list.addEventListener(
    'focusin',
    (event) => {
      const items = visibleItems(list);
      const item = items.find((candidate) => candidate === event.target);
      if (item) makeCurrent(items, item);
    },
    { signal },
  );
}
