// A long text is read in sections of about an article's length, each with a little of the text before it
// as context. Every later step then holds one section's tokens and names at a time: a 2 MB archive of
// articles in one file costs what its articles cost one by one, not the price of keeping every token of
// the whole file alive, and "he said" at the top of a section still finds the name just before it.
import type { Span } from '../types';
import { ARTICLE_CHARS } from './article-length';

/** Every article the engine is built for is one section, analysed as a whole. */
const SECTION_CHARS = ARTICLE_CHARS;
/** The text before a section that its first statements may refer back to. */
const CONTEXT_CHARS = 4_000;

export interface Section {
  /** The paragraphs analysed: the context paragraphs, then the section's own. */
  readonly paragraphs: readonly Span[];
  /** Where the section's own text starts: statements before it belong to the section before. */
  readonly from: number;
}

/** `paragraphs` in text order, grouped into sections; one section when the text is article-sized. */
export function sectionsOf(paragraphs: readonly Span[]): Section[] {
  const out: Section[] = [];
  let first = 0;
  while (first < paragraphs.length) {
    const start = paragraphs[first]?.start ?? 0;
    let last = first;
    while (last + 1 < paragraphs.length && (paragraphs[last + 1]?.end ?? 0) - start <= SECTION_CHARS) last++;
    let context = first;
    while (context > 0 && start - (paragraphs[context - 1]?.start ?? 0) <= CONTEXT_CHARS) context--;
    out.push({ paragraphs: paragraphs.slice(context, last + 1), from: start });
    first = last + 1;
  }
  return out;
}
