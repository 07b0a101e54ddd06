import { describe, expect, it } from 'vitest';
import { summarizeSourcing } from '../../../src/shared/sourcing-summary';
import { speaker, statement, unresolved } from '../fixtures';

describe('summarizeSourcing', () => {
  const cases: [string, ReturnType<typeof statement>[], Record<string, number>][] = [
    [
      'nothing',
      [],
      { total: 0, people: 0, organizations: 0, unnamed: 0, unresolved: 0, unattributed: 0, namedSpeakers: 0 },
    ],
    [
      'one of each',
      [
        statement(speaker('A B')),
        statement(speaker('Org', 'organization')),
        statement(speaker('Officials', 'unnamed')),
        statement(null),
      ],
      { total: 4, people: 1, organizations: 1, unnamed: 1, unresolved: 0, unattributed: 1, namedSpeakers: 2 },
    ],
    [
      'an unresolved "she" is neither named nor unattributed',
      [statement(unresolved('she')), statement(unresolved('she', 'other'))],
      { total: 2, people: 0, organizations: 0, unnamed: 0, unresolved: 2, unattributed: 0, namedSpeakers: 0 },
    ],
    [
      'named speakers are counted by entity, not by spelling',
      [
        statement(speaker('A B', 'person', null, { id: 'e1' })),
        statement(speaker('A B', 'person', null, { id: 'e1', confidence: 0.6 })),
        statement(speaker('A B', 'person', null, { id: 'e2' })),
      ],
      { total: 3, people: 3, organizations: 0, unnamed: 0, unresolved: 0, unattributed: 0, namedSpeakers: 2 },
    ],
  ];
  it.each(cases)('%s', (_name, statements, expected) => {
    const summary = summarizeSourcing(statements);
    expect(summary).toEqual(expected);
    const { people, organizations, unnamed, unresolved: notResolved, unattributed } = summary;
    expect(people + organizations + unnamed + notResolved + unattributed).toBe(summary.total);
  });
});
