import { describe, expect, it } from 'vitest';
import { groupBySpeaker, speakerKey, UNATTRIBUTED_KEY } from '../../../src/popup/group-by-speaker';
import { speaker, statement } from './fixtures';

const ana = speaker('Ana Ruiz', 'person', 'Mayor');
const ana2 = speaker('ana  ruiz', 'person', null);
const acme = speaker('Acme Corp', 'organization');
const officials = speaker('Officials', 'unnamed');

describe('groupBySpeaker', () => {
  const cases: [string, ReturnType<typeof statement>[], [string | null, number][]][] = [
    ['empty', [], []],
    ['one speaker', [statement(ana)], [['Ana Ruiz', 1]]],
    [
      'most statements first',
      [statement(acme), statement(ana), statement(ana)],
      [
        ['Ana Ruiz', 2],
        ['Acme Corp', 1],
      ],
    ],
    [
      'ties keep text order',
      [statement(officials), statement(acme)],
      [
        ['Officials', 1],
        ['Acme Corp', 1],
      ],
    ],
    ['case and spacing do not split a speaker', [statement(ana), statement(ana2)], [['Ana Ruiz', 2]]],
    [
      'statements with no speaker form one group',
      [statement(null), statement(ana), statement(null)],
      [
        [null, 2],
        ['Ana Ruiz', 1],
      ],
    ],
    [
      'same name, different type: two groups',
      [statement(speaker('Apple', 'organization')), statement(speaker('Apple', 'person'))],
      [
        ['Apple', 1],
        ['Apple', 1],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, statements, expected) => {
    const groups = groupBySpeaker(statements);
    expect(groups.map((g) => [g.name, g.statements.length])).toEqual(expected);
    // Every statement lands in exactly one group.
    expect(groups.flatMap((g) => g.statements.map((s) => s.id)).sort()).toEqual(
      statements.map((s) => s.id).sort(),
    );
  });

  it('keeps the first known role when a later mention has none, and the reverse', () => {
    expect(groupBySpeaker([statement(ana), statement(ana2)])[0]?.role).toBe('Mayor');
    expect(groupBySpeaker([statement(ana2), statement(ana)])[0]?.role).toBe('Mayor');
  });

  it('keys unattributed statements apart from any speaker name', () => {
    expect(speakerKey(statement(null))).toBe(UNATTRIBUTED_KEY);
    expect(speakerKey(statement(speaker('unattributed', 'person')))).not.toBe(UNATTRIBUTED_KEY);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze([statement(ana), statement(acme)]);
    expect(() => groupBySpeaker(input)).not.toThrow();
  });
});
