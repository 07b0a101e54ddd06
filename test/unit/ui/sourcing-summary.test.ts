import { describe, expect, it } from 'vitest';
import { summarizeSourcing } from '../../../src/popup/sourcing-summary';
import { speaker, statement } from './fixtures';

describe('summarizeSourcing', () => {
  const cases: [string, ReturnType<typeof statement>[], Record<string, number>][] = [
    ['nothing', [], { total: 0, people: 0, organizations: 0, unnamed: 0, unattributed: 0, namedSpeakers: 0 }],
    [
      'one of each',
      [
        statement(speaker('A B')),
        statement(speaker('Org', 'organization')),
        statement(speaker('Officials', 'unnamed')),
        statement(null),
      ],
      { total: 4, people: 1, organizations: 1, unnamed: 1, unattributed: 1, namedSpeakers: 2 },
    ],
    [
      'type unknown counts as unattributed',
      [statement(speaker('?', 'unknown'))],
      { total: 1, people: 0, organizations: 0, unnamed: 0, unattributed: 1, namedSpeakers: 0 },
    ],
    [
      'a speaker quoted twice is one named speaker',
      [statement(speaker('A B')), statement(speaker('a b')), statement(speaker('C D'))],
      { total: 3, people: 3, organizations: 0, unnamed: 0, unattributed: 0, namedSpeakers: 2 },
    ],
  ];
  it.each(cases)('%s', (_name, statements, expected) => {
    const summary = summarizeSourcing(statements);
    expect(summary).toEqual(expected);
    expect(summary.people + summary.organizations + summary.unnamed + summary.unattributed).toBe(
      summary.total,
    );
  });
});
