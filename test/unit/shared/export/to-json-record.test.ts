import { describe, expect, it } from 'vitest';
import { toJsonLine, toJsonRecord } from '../../../../src/shared/export';
import { analysis, direct, empty } from './fixtures';

describe('toJsonRecord', () => {
  const record = toJsonRecord('a.txt', analysis);

  it.each([
    ['record', record, ['input', 'statements', 'article']],
    [
      'statement',
      record.statements[0],
      ['id', 'start', 'end', 'text', 'kind', 'cue', 'speaker', 'outlet', 'confidence'],
    ],
    ['cue', record.statements[0]?.cue, ['text', 'start', 'end']],
    [
      'speaker',
      record.statements[0]?.speaker,
      ['id', 'name', 'type', 'role', 'mention', 'aliases', 'confidence'],
    ],
    ['mention', record.statements[0]?.speaker?.mention, ['start', 'end', 'text']],
    ['article', record.article, ['title', 'publisher', 'byline', 'published', 'credits']],
    ['credit', record.article.credits[0], ['name', 'type', 'evidence']],
  ])('%s keys are exactly the documented ones, in order', (_name, value, keys) => {
    expect(Object.keys(value ?? {})).toEqual(keys);
  });

  it('copies the values', () => {
    expect(record.input).toBe('a.txt');
    expect(record.statements[0]).toEqual(direct);
    expect(record.statements[1]).toMatchObject({ cue: null, speaker: null, outlet: null });
    expect(record.article.credits[0]?.evidence).toEqual(['(Reuters) -', 'reported by Reuters']);
  });

  it('drops fields the schema does not list', () => {
    const extra = { ...analysis, statements: [{ ...direct, score: 0.9 }] };
    expect(Object.keys(toJsonRecord('x', extra).statements[0] ?? {})).not.toContain('score');
  });

  it('keeps a mention-less speaker and an empty analysis', () => {
    const noMention = {
      ...analysis,
      statements: [{ ...direct, speaker: { ...direct.speaker!, mention: null } }],
    };
    expect(toJsonRecord('x', noMention).statements[0]?.speaker?.mention).toBeNull();
    expect(toJsonRecord('-', empty)).toEqual({ input: '-', statements: [], article: { ...empty.article } });
  });
});

describe('toJsonLine', () => {
  it.each([
    ['plain', { a: 'b' }, '{"a":"b"}'],
    ['C0 escaped by JSON', { a: '\u001b[31m' }, '{"a":"\\u001b[31m"}'],
    ['C1 escaped here', { a: 'x\u009by' }, '{"a":"x\\u009by"}'],
    ['DEL escaped', { a: '\u007f' }, '{"a":"\\u007f"}'],
  ])('%s', (_name, value, line) => {
    expect(toJsonLine(value)).toBe(line);
    expect(JSON.parse(toJsonLine(value))).toEqual(value);
  });

  it('is one line', () => {
    expect(toJsonLine(toJsonRecord('a', analysis))).not.toMatch(/[\n\r]/);
  });
});
