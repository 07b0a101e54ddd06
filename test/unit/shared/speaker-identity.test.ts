import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/types';
import {
  continuesEarlier,
  isGroupOfPeople,
  LOW_SPEAKER_CONFIDENCE,
  mentionText,
  probableReason,
  type ProbableReason,
  shownAliases,
  speakerStanding,
  type SpeakerStanding,
} from '../../../src/shared/speaker-identity';
import { speaker, statement, unresolved } from '../fixtures';

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

describe('continuesEarlier and probableReason', () => {
  const he = speaker('Ana Ruiz', 'person', null, {
    id: 'e1',
    mention: { start: 5, end: 7, text: 'He' },
    confidence: 0.7,
  });
  const first = statement(he, 'the bridge will open');
  const onlyQuote = statement(he, 'it will be on time', { cue: null });
  const secondClause = statement(he, 'the cost is fixed');
  const ownMention = statement({ ...he, mention: { start: 900, end: 902, text: 'he' } }, 'no more delays', {
    cue: null,
  });
  const noMention = statement({ ...he, mention: null }, 'so it goes', { cue: null });
  const all = [first, onlyQuote, secondClause, ownMention, noMention];
  const cases: [string, ReturnType<typeof statement>, boolean, ProbableReason][] = [
    ['a statement with its own cue and mention', first, false, 'mention'],
    ['a quote with no cue, keeping the earlier mention', onlyQuote, true, 'continued'],
    ['a second clause of the same cue shares the mention but has the cue', secondClause, false, 'mention'],
    ['no cue, but a mention of its own', ownMention, false, 'mention'],
    ['no cue and no mention', noMention, true, 'continued'],
  ];
  it.each(cases)('%s', (_name, s, continued, reason) => {
    expect(continuesEarlier(s, all)).toBe(continued);
    expect(probableReason(s.speaker!, continued)).toBe(reason);
  });
  it('a low-confidence speaker named by the full name is only "unsure"', () => {
    expect(
      probableReason(
        speaker('Ana Ruiz', 'person', null, { mention: { start: 0, end: 8, text: 'ana ruiz' } }),
        false,
      ),
    ).toBe('unsure');
  });
});

describe('isGroupOfPeople', () => {
  it.each([
    ['two people named together', 'person', 'Nikki Haley and Ron DeSantis', true],
    ['one person', 'person', 'Ron DeSantis', false],
    [
      'an organisation with "and" in its name',
      'organization',
      'Department of Health and Human Services',
      false,
    ],
    ['a name containing the letters "and"', 'person', 'Sandra Anderson', false],
  ] as const)('%s', (_, type, name, group) => {
    expect(isGroupOfPeople({ type, name })).toBe(group);
  });
});
