// Which tab the popup describes: `?tab=<id>` when given (tests and the "open in tab" case), else the
// active tab of the current window.

/** The tab id from the popup's query string, or null when absent or not a tab id. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
