import { describe, expect, it } from 'vitest';
import { filterGroups, NO_FILTER, typesPresent, type GroupFilter } from '../../../src/popup/filter-groups';
import { groupBySpeaker } from '../../../src/popup/group-by-speaker';
import { speaker, statement } from './fixtures';

const groups = groupBySpeaker([
  statement(speaker('Ana Ruiz')),
  statement(speaker('Ben Okafor')),
  statement(speaker('Acme Corp', 'organization')),
  statement(speaker('Officials', 'unnamed')),
  statement(null),
]);

describe('filterGroups', () => {
  const cases: [string, GroupFilter, (string | null)[]][] = [
    ['no filter', NO_FILTER, ['Ana Ruiz', 'Ben Okafor', 'Acme Corp', 'Officials', null]],
    ['by type', { speaker: 'all', type: 'person' }, ['Ana Ruiz', 'Ben Okafor']],
    ['by speaker', { speaker: 'organization:acme corp', type: 'all' }, ['Acme Corp']],
    ['unattributed', { speaker: 'all', type: 'unknown' }, [null]],
    ['speaker and type that disagree', { speaker: 'organization:acme corp', type: 'person' }, []],
    ['a speaker no longer present', { speaker: 'person:nobody', type: 'all' }, []],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    expect(filterGroups(groups, filter).map((g) => g.name)).toEqual(expected);
  });
});

describe('typesPresent', () => {
  it('lists present types in a fixed order', () => {
    expect(typesPresent(groups)).toEqual(['person', 'organization', 'unnamed', 'unknown']);
    expect(
      typesPresent(groupBySpeaker([statement(speaker('X', 'unnamed')), statement(speaker('Y'))])),
    ).toEqual(['person', 'unnamed']);
    expect(typesPresent([])).toEqual([]);
  });
});
