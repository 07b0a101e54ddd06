// Page text heading for a terminal, a table cell or one Markdown line: one line, no control characters.

// C0 and C1 controls, DEL, and the bidi overrides/isolates that can reorder a terminal line
// (text comes from arbitrary pages, so it must not drive the terminal or hide what it says).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const WHITESPACE_RUN = /\s+/g;

/** Collapses every whitespace run (newlines included) to one space and drops control characters. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Cuts to at most `max` code points, ending in "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  if (points.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** Code points, the unit `truncate` counts in (close to terminal columns for most scripts). */
export const displayLength = (text: string): number => Array.from(text).length;
