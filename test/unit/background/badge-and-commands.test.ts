import { describe, expect, it } from 'vitest';
import { badgeFor, commandMessage } from '../../../src/background/badge-and-commands';
import type { PageState } from '../../../src/shared/messages';

describe('badgeFor', () => {
  const cases: [PageState, number, string][] = [
    ['ready', 7, '7'],
    ['ready', 0, ''],
    ['ready', 1000, '999+'],
    ['ready', Number.NaN, ''],
    ['analyzing', 3, ''],
    ['disabled', 3, ''],
    ['not-article', 0, ''],
    ['error', 2, ''],
  ];
  it.each(cases)('%s with %d → %j', (state, count, text) => expect(badgeFor(state, count)).toBe(text));
});

describe('commandMessage', () => {
  const cases: [string, PageState | null, unknown][] = [
    ['next-statement', null, { type: 'stepStatement', payload: { direction: 1 } }],
    ['previous-statement', 'ready', { type: 'stepStatement', payload: { direction: -1 } }],
    ['toggle-highlights', 'ready', { type: 'setActive', payload: { active: false } }],
    ['toggle-highlights', 'analyzing', { type: 'setActive', payload: { active: false } }],
    ['toggle-highlights', 'disabled', { type: 'setActive', payload: { active: true } }],
    ['toggle-highlights', 'not-article', { type: 'analyzeNow', payload: {} }],
    ['toggle-highlights', null, null],
    ['something-else', 'ready', null],
  ];
  it.each(cases)('%s on %s', (command, state, expected) =>
    expect(commandMessage(command, state)).toEqual(expected),
  );
});
