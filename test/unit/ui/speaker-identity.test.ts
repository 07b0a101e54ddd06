import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/types';
import {
  LOW_SPEAKER_CONFIDENCE,
  mentionText,
  shownAliases,
  speakerStanding,
  type SpeakerStanding,
} from '../../../src/shared/speaker-identity';
import { speaker, unresolved } from './fixtures';

const mention = (text: string) => ({ start: 0, end: text.length, text });

describe('speakerStanding', () => {
  const cases: [string, Speaker | null, SpeakerStanding][] = [
    ['no speaker', null, 'none'],
    ['an unresolved "she"', unresolved('she'), 'unresolved'],
    ['a name next to the cue', speaker('Ana Ruiz', 'person', null, { confidence: 0.9 }), 'resolved'],
    [
      'exactly at the threshold is sure enough',
      speaker('Ana Ruiz', 'person', null, { confidence: LOW_SPEAKER_CONFIDENCE }),
      'resolved',
    ],
    ['a pronoun resolved to a name', speaker('Ana Ruiz', 'person', null, { confidence: 0.7 }), 'probable'],
    [
      'an unresolved speaker stays unresolved whatever its confidence',
      { ...unresolved('he'), confidence: 0.95 },
      'unresolved',
    ],
    [
      'an unnamed source can be probable too',
      speaker('Officials', 'unnamed', null, { confidence: 0.5 }),
      'probable',
    ],
  ];
  it.each(cases)('%s', (_name, who, expected) => expect(speakerStanding(who)).toBe(expected));
});

describe('shownAliases', () => {
  const cases: [string, Speaker | null, string[]][] = [
    ['none', speaker('Ana Ruiz'), []],
    [
      'other names kept, in order',
      speaker('Meghan Markle', 'person', null, { aliases: ['the duchess', 'Meghan'] }),
      ['the duchess', 'Meghan'],
    ],
    [
      'the name again, in another case or spacing, is dropped',
      speaker('Ana Ruiz', 'person', null, { aliases: ['ana  ruiz', 'Ruiz'] }),
      ['Ruiz'],
    ],
    [
      'the name with a title in front is dropped (the role line says it)',
      speaker('Ana Ruiz', 'person', 'Mayor', { aliases: ['Mayor Ana Ruiz', 'the mayor'] }),
      ['the mayor'],
    ],
    [
      'duplicates by case are shown once',
      speaker('Federal Reserve', 'organization', null, {
        aliases: ['the Fed', 'the fed', 'the central bank'],
      }),
      ['the Fed', 'the central bank'],
    ],
    ['an unresolved speaker has no aliases to show', { ...unresolved('she'), aliases: ['her'] }, []],
    ['no speaker', null, []],
  ];
  it.each(cases)('%s', (_name, who, expected) => expect(shownAliases(who)).toEqual(expected));
});

describe('mentionText', () => {
  const cases: [string, Speaker | null, string | null][] = [
    ['the mention as written', speaker('Ana Ruiz', 'person', null, { mention: mention('She') }), 'She'],
    [
      'whitespace collapsed',
      speaker('Ana Ruiz', 'person', null, { mention: mention(' the\nmayor ') }),
      'the mayor',
    ],
    ['a resolved speaker with no mention', speaker('Ana Ruiz'), null],
    ['an unknown speaker without a mention falls back to its name', speaker('they', 'unknown'), 'they'],
    ['no speaker', null, null],
  ];
  it.each(cases)('%s', (_name, who, expected) => expect(mentionText(who)).toBe(expected));
});
