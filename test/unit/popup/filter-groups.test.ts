import { describe, expect, it } from 'vitest';
import { filterGroups, NO_FILTER, typesPresent, type GroupFilter } from '../../../src/popup/filter-groups';
import { groupBySpeaker } from '../../../src/shared/group-by-speaker';
import { speaker, statement, unresolved } from '../fixtures';

const groups = groupBySpeaker([
  statement(speaker('Ana Ruiz', 'person', null, { id: 'e1' })),
  statement(speaker('Ben Okafor', 'person', null, { id: 'e2' })),
  statement(speaker('Acme Corp', 'organization', null, { id: 'e3' })),
  statement(speaker('Officials', 'unnamed', null, { id: 'e4' })),
  statement(unresolved('she')),
  statement(null),
]);

describe('filterGroups', () => {
  const cases: [string, GroupFilter, (string | null)[]][] = [
    [
      'no filter',
      NO_FILTER,
      ['Ana Ruiz', 'Ben Okafor', 'Acme Corp', 'Officials', 'unresolved', 'unattributed'],
    ],
    ['by type', { speaker: 'all', type: 'person' }, ['Ana Ruiz', 'Ben Okafor']],
    ['by speaker (its entity id)', { speaker: 'id:e3', type: 'all' }, ['Acme Corp']],
    ['unresolved mentions', { speaker: 'all', type: 'unknown' }, ['unresolved']],
    ['no attribution', { speaker: 'all', type: 'none' }, ['unattributed']],
    ['speaker and type that disagree', { speaker: 'id:e3', type: 'person' }, []],
    ['a speaker no longer present', { speaker: 'id:e99', type: 'all' }, []],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    expect(filterGroups(groups, filter).map((g) => g.name ?? g.key)).toEqual(expected);
  });
});

describe('typesPresent', () => {
  it('lists present types in a fixed order', () => {
    expect(typesPresent(groups)).toEqual(['person', 'organization', 'unnamed', 'unknown', 'none']);
    expect(
      typesPresent(groupBySpeaker([statement(speaker('X', 'unnamed')), statement(speaker('Y'))])),
    ).toEqual(['person', 'unnamed']);
    expect(typesPresent([])).toEqual([]);
  });
});
