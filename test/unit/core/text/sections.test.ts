import { describe, expect, it } from 'vitest';
import { sectionsOf } from '../../../../src/core/text/sections';

/** Paragraphs of `size` characters, one character apart (the newline). */
const paragraphs = (count: number, size: number) =>
  Array.from({ length: count }, (_, i) => ({ start: i * (size + 1), end: i * (size + 1) + size }));

describe('sectionsOf', () => {
  it('keeps an article-sized text whole', () => {
    const ps = paragraphs(30, 1000);
    expect(sectionsOf(ps)).toEqual([{ paragraphs: ps, from: 0 }]);
  });

  it('cuts a long text into sections of at most 40,000 characters, each with ~4,000 before it', () => {
    const ps = paragraphs(100, 1000); // 100,099 characters
    const sections = sectionsOf(ps);
    expect(sections.map((s) => s.from)).toEqual([0, 39_039, 78_078]);
    const [, second] = sections;
    // Own paragraphs 39–77; context from 36, which starts 3,003 characters before 39 (35: 4,004).
    expect(second?.paragraphs.at(0)).toEqual(ps[36]);
    expect(second?.paragraphs.at(-1)).toEqual(ps[77]);
    // Every paragraph is some section's own, once.
    const own = sections.flatMap((s) => s.paragraphs.filter((p) => p.start >= s.from));
    expect(own).toEqual(ps);
  });

  it('gives a paragraph longer than a section one of its own', () => {
    const ps = [
      { start: 0, end: 10 },
      { start: 11, end: 100_011 },
      { start: 100_012, end: 100_020 },
    ];
    expect(sectionsOf(ps).map((s) => s.from)).toEqual([0, 11, 100_012]);
  });

  it('has nothing to cut in an empty text', () => {
    expect(sectionsOf([])).toEqual([]);
  });
});
