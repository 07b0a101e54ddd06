// The user's demo article must reproduce its expected statements and credits exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';

const dir = new URL('../../fixtures/seed/', import.meta.url);
const text = readFileSync(new URL('article.txt', dir), 'utf8');
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
  statements: unknown[];
  article: { credits: unknown[] };
};

describe('seed article', () => {
  const result = analyze(text);
  it('finds the 8 expected statements with speakers, cues and outlets', () => {
    // Every field expected.json names must match exactly; fields added since (speaker id, aliases,
    // confidences) are checked below.
    const got = result.statements.map(({ id: _id, ...rest }) => rest);
    expect(got).toHaveLength(expected.statements.length);
    expect(got).toMatchObject(expected.statements);
  });
  it('gives each speaker one id however the article names them', () => {
    const idsByName = new Map<string, Set<string>>();
    for (const s of result.statements)
      if (s.speaker)
        idsByName.set(s.speaker.name, (idsByName.get(s.speaker.name) ?? new Set()).add(s.speaker.id));
    for (const ids of idsByName.values()) expect(ids.size).toBe(1);
    const allIds = new Set(result.statements.map((s) => s.speaker?.id));
    expect(allIds.size).toBe(idsByName.size);
  });
  it('credits Reuters as a news agency and the unnamed outlets', () => {
    expect(result.article.credits).toEqual(expected.article.credits);
  });
  it('gives statement ids in text order', () => {
    expect(result.statements.map((s) => s.id)).toEqual(result.statements.map((_, i) => `s${i + 1}`));
  });
});
