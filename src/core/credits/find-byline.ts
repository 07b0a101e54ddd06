// A "By Jane Doe" line near the top, for articles whose page gave no byline.
import type { Span } from '../types';
import { itemAt } from '../text/item-at';

/** Bylines sit in the first few paragraphs. */
const MAX_PARAGRAPHS = 4;
const BYLINE = /^By\s+(\p{Lu}[\p{L}.’' -]{1,60}(?:(?:,| and) \p{Lu}[\p{L}.’' -]{1,60})*)$/u;

export function findByline(text: string, paragraphs: readonly Span[]): string | null {
  for (const p of paragraphs.slice(0, MAX_PARAGRAPHS)) {
    const m = BYLINE.exec(text.slice(p.start, Math.min(p.end, p.start + 200)));
    if (m) return (m[1] ?? '').trim();
  }
  return null;
}

/** The paragraph at `index` is a "By Jane Doe" line near the top. */
export const isBylineAt = (text: string, paragraphs: readonly Span[], index: number): boolean =>
  index < MAX_PARAGRAPHS &&
  BYLINE.test(
    text.slice(
      itemAt(paragraphs, index).start,
      Math.min(itemAt(paragraphs, index).end, itemAt(paragraphs, index).start + 200),
    ),
  );
