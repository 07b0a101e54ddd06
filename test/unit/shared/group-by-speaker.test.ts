import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/types';
import {
  groupBySpeaker,
  speakerKey,
  UNATTRIBUTED_KEY,
  UNRESOLVED_KEY,
} from '../../../src/shared/group-by-speaker';
import { speaker, statement, unresolved } from '../fixtures';

// Three ways one article names one person: the core gives them one id.
const ana = speaker('Ana Ruiz', 'person', 'Mayor', { id: 'e1', aliases: ['the mayor'] });
const anaBySurname = speaker('Ana Ruiz', 'person', null, { id: 'e1', aliases: ['Ruiz', 'the mayor'] });
const anaByPronoun = speaker('Ana Ruiz', 'person', null, { id: 'e1', confidence: 0.7 });
const acme = speaker('Acme Corp', 'organization', null, { id: 'e2' });
const officials = speaker('Officials', 'unnamed', null, { id: 'e3' });

type Row = [string, (Speaker | null)[], [string | null, number][]];

describe('groupBySpeaker', () => {
  const cases: Row[] = [
    ['empty', [], []],
    ['one speaker', [ana], [['Ana Ruiz', 1]]],
    ['one entity however named: one group', [ana, anaBySurname, anaByPronoun], [['Ana Ruiz', 3]]],
    [
      'most statements first',
      [acme, ana, anaByPronoun],
      [
        ['Ana Ruiz', 2],
        ['Acme Corp', 1],
      ],
    ],
    [
      'ties keep text order',
      [officials, acme],
      [
        ['Officials', 1],
        ['Acme Corp', 1],
      ],
    ],
    [
      'the same name string under two ids stays two speakers',
      [speaker('Jo Lee', 'person', null, { id: 'e7' }), speaker('Jo Lee', 'person', null, { id: 'e8' })],
      [
        ['Jo Lee', 1],
        ['Jo Lee', 1],
      ],
    ],
    [
      'unresolved mentions form one muted group after every speaker, however many',
      [unresolved('she', 'e4'), unresolved('she', 'e5'), unresolved('they', 'e6'), acme],
      [
        ['Acme Corp', 1],
        [null, 3],
      ],
    ],
    [
      'no attribution comes last, even when it is the biggest',
      [null, null, null, unresolved('he'), ana],
      [
        ['Ana Ruiz', 1],
        [null, 1],
        [null, 3],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, speakers, expected) => {
    const statements = speakers.map((s) => statement(s));
    const groups = groupBySpeaker(statements);
    expect(groups.map((g) => [g.name, g.statements.length])).toEqual(expected);
    // Every statement lands in exactly one group, and each key appears once.
    expect(groups.flatMap((g) => g.statements.map((s) => s.id)).sort()).toEqual(
      statements.map((s) => s.id).sort(),
    );
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });

  it('gathers the aliases of every statement, each once, and never the name', () => {
    const [group] = groupBySpeaker([statement(ana), statement(anaBySurname), statement(anaByPronoun)]);
    expect(group?.aliases).toEqual(['the mayor', 'Ruiz']);
  });

  it('keeps the first known role when a later mention has none, and the reverse', () => {
    expect(groupBySpeaker([statement(ana), statement(anaBySurname)])[0]?.role).toBe('Mayor');
    expect(groupBySpeaker([statement(anaBySurname), statement(ana)])[0]?.role).toBe('Mayor');
  });

  it('types the two groups without a name apart from every speaker type', () => {
    const groups = groupBySpeaker([statement(unresolved('she')), statement(null)]);
    expect(groups.map((g) => [g.key, g.type, g.name])).toEqual([
      [UNRESOLVED_KEY, 'unknown', null],
      [UNATTRIBUTED_KEY, 'none', null],
    ]);
  });

  it.each([
    ['no speaker', null, UNATTRIBUTED_KEY],
    ['unresolved', unresolved('she'), UNRESOLVED_KEY],
    [
      'a speaker whose id is a fixed key is still its own group',
      speaker('X', 'person', null, { id: 'unattributed' }),
      'id:unattributed',
    ],
  ] as const)('speakerKey: %s', (_name, who, key) => {
    expect(speakerKey(statement(who))).toBe(key);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze([statement(ana), statement(acme)]);
    expect(() => groupBySpeaker(input)).not.toThrow();
  });
});
