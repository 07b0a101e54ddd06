// A text far longer than an article (a CLI user's archive of many stories in one file) is read in
// sections (text/sections.ts): it must find what its stories find one by one, with one id per speaker.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import type { Statement } from '../../../src/core/types';

const story = (n: number) =>
  [
    `Mayor Jane Okafor said on Monday that bridge number ${n} would reopen in March.`,
    // Each line after the first names its speaker by a pronoun: wherever a section starts, its first
    // statement needs the text before it.
    '“We are on schedule,” she told reporters at city hall.',
    'She added that the crews would work through the winter.',
    '“The budget is a fantasy,” said Tom Reyes, a councillor who voted against it.',
    'He said the council would meet again next week to discuss the money the repairs need.',
    'According to city engineers, the work on the deck is half done.',
  ].join('\n');

const summary = (statements: readonly Statement[]) =>
  statements.map((s) => [s.text, s.kind, s.speaker?.name ?? null, s.cue?.text ?? null]);

describe('a long text', () => {
  const stories = Array.from({ length: 400 }, (_, n) => story(n));
  const whole = stories.join('\n\n');
  const found = analyze(whole).statements;

  it('is long enough to be read in several sections', () => {
    expect(whole.length).toBeGreaterThan(3 * 40_000);
  });

  it('finds the statements of its stories analysed one by one, at their places', () => {
    expect(summary(found)).toEqual(stories.flatMap((s) => summary(analyze(s).statements)));
    for (const s of found) expect(whole.slice(s.start, s.end)).toBe(s.text);
  });

  it('gives each speaker one id across the whole text, and statements ids in text order', () => {
    const ids = (name: string) =>
      new Set(found.filter((s) => s.speaker?.name === name).map((s) => s.speaker?.id));
    expect(ids('Jane Okafor').size).toBe(1);
    expect(ids('Tom Reyes').size).toBe(1);
    expect(found.map((s) => s.id)).toEqual(found.map((_, i) => `s${i + 1}`));
  });
});
