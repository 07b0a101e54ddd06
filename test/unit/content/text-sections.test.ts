// A huge article is analysed in sections: cut at paragraph breaks, each with a little context before
// it, and the sections' statements joined back with offsets into the whole text, ids in order and one
// speaker id per name, statements in a section's context counted once.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { createAnalysisJoiner, textSections } from '../../../src/content/text-sections';

const paragraph = (i: number, name: string) =>
  `“The ${i} bridge works will finish before the winter storms arrive,” said ${name}, the engineer in charge.`;
const NAMES = ['Marta Lind', 'Paul Ode', 'Ines Baro'];
const TEXT = Array.from({ length: 60 }, (_, i) => paragraph(i, NAMES[i % 3]!)).join('\n\n');

describe('textSections', () => {
  it.each([
    ['a short text is one section', 'one\n\ntwo', 100, [{ start: 0, from: 0, end: 8 }]],
    [
      'cut at the last paragraph break, with the paragraph before as context',
      'aaaa\n\nbbbb\n\ncccc',
      11,
      [
        { start: 0, from: 0, end: 10 },
        { start: 6, from: 10, end: 16 },
      ],
    ],
    [
      'no break: cut at the size',
      'abcdefghij',
      4,
      [0, 4, 8].map((from) => ({ start: from, from, end: Math.min(10, from + 4) })),
    ],
  ])('%s', (_row, text, size, expected) => expect(textSections(text, size, 6)).toEqual(expected));

  it('covers the whole text once, in order', () => {
    const sections = textSections(TEXT, 2_000, 300);
    expect(sections.length).toBeGreaterThan(3);
    expect(sections.map((s) => TEXT.slice(s.from, s.end)).join('')).toBe(TEXT);
  });
});

describe('createAnalysisJoiner', () => {
  it('joins to what one analysis of the whole text finds', () => {
    const joiner = createAnalysisJoiner();
    for (const section of textSections(TEXT, 2_000, 300))
      joiner.add(analyze(TEXT.slice(section.start, section.end)), section);
    const joined = joiner.joined()!;
    const whole = analyze(TEXT).statements;
    expect(joined.statements.map((s) => [s.id, TEXT.slice(s.start, s.end), s.speaker?.name])).toEqual(
      whole.map((s) => [s.id, TEXT.slice(s.start, s.end), s.speaker?.name]),
    );
    expect(
      joined.statements.map(
        (s) => s.speaker?.mention && TEXT.slice(s.speaker.mention.start, s.speaker.mention.end),
      ),
    ).toEqual(whole.map((s) => s.speaker?.name));
    const idsByName = new Map(joined.statements.map((s) => [s.speaker?.name, s.speaker?.id]));
    expect(new Set(idsByName.values()).size).toBe(3);
  });
});
