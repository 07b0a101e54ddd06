// Re-anchoring after the article's text changed in place, in proportion to the change: the two texts
// are compared once for the one region where they differ; a statement outside it keeps its place (moved
// by the region's change in length), and only one that touches it is searched for, fuzzily, within the
// region and a margin. A page that edits one quote a second among 2,000 then costs one small search per
// edit, where searching every quote over the whole article cost seconds.
import type { Span } from '../core/types';
import { anchorQuote, type QuoteAnchor } from './anchor';

/** Where two texts differ: [start, oldEnd) of the old one became [start, newEnd) of the new one. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Context searched around the changed region, beyond the quote's own length: a quote's context span. */
const MARGIN_CHARS = 64;

/** The one region where `before` and `after` differ (common start and end trimmed). */
export function textEdit(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** Where a span of the old text is in the new one, when the edit leaves it whole; else null. */
function spanAfterEdit(span: Span, edit: TextEdit): Span | null {
  if (span.end <= edit.start) return { start: span.start, end: span.end };
  if (span.start < edit.oldEnd) return null;
  const delta = edit.newEnd - edit.oldEnd;
  return { start: span.start + delta, end: span.end + delta };
}

/** Where the quote is in `after` now: moved along if the edit missed it, searched for near it if not. */
export function reanchorQuote(after: string, anchor: QuoteAnchor, edit: TextEdit): Span | null {
  const span = { start: anchor.start, end: anchor.start + anchor.exact.length };
  const moved = spanAfterEdit(span, edit);
  // Checked, not trusted: an anchor described from some other text falls back to the whole search.
  if (moved) return after.startsWith(anchor.exact, moved.start) ? moved : anchorQuote(after, anchor);
  const reach = anchor.exact.length + MARGIN_CHARS;
  const from = Math.max(0, edit.start - reach);
  const to = Math.min(after.length, edit.newEnd + reach);
  const found = anchorQuote(after.slice(from, to), { ...anchor, start: anchor.start - from });
  return found ? { start: found.start + from, end: found.end + from } : null;
}
