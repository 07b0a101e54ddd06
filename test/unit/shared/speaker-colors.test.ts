import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/types';
import { highlightCss } from '../../../src/page/highlight-css';
import { groupBySpeaker } from '../../../src/shared/group-by-speaker';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR, speakerColors } from '../../../src/shared/speaker-colors';
import { speaker, statement, unresolved } from '../fixtures';

// The per-colour rules are written from the palette at run time (page/highlight-css.ts).
const PREFIX = 'sourcelight-test';
const HIGHLIGHTS_CSS = highlightCss({ prefix: PREFIX, highContrast: false, marks: false });
const MARKS_CSS = highlightCss({ prefix: PREFIX, highContrast: false, marks: true });

// One entity named three ways (the core gives all three the same id), and another with the same name
// string but another id: colours follow the id, never the spelling.
const meghan = speaker('Meghan Markle', 'person', null, { id: 'e1' });
const duchess = speaker('Meghan Markle', 'person', null, {
  id: 'e1',
  mention: { start: 0, end: 11, text: 'the duchess' },
});
const sheResolved = speaker('Meghan Markle', 'person', null, { id: 'e1', confidence: 0.7 });
const harry = speaker('Prince Harry', 'person', null, { id: 'e2' });
const otherSmith = speaker('John Smith', 'person', null, { id: 'e3' });
const sameNameSmith = speaker('John Smith', 'person', null, { id: 'e4' });

describe('speakerColors', () => {
  const cases: [string, (Speaker | null)[], number[]][] = [
    ['one entity, three names, one colour', [meghan, duchess, sheResolved, harry], [0, 0, 0, 1]],
    ['same name string, two ids: two colours', [otherSmith, sameNameSmith], [0, 1]],
    ['no speaker wears the neutral colour', [null, harry], [UNATTRIBUTED_COLOR, 0]],
    [
      'an unresolved "she" wears the neutral colour and takes no slot',
      [unresolved('she'), harry, unresolved('they')],
      [UNATTRIBUTED_COLOR, 0, UNATTRIBUTED_COLOR],
    ],
    [
      // Speakers beyond the palette go on counting past the neutral number (colorSlot maps them back
      // to a hue with another pattern), never onto the neutral colour.
      'twelve speakers: the 11th and 12th skip the neutral number',
      'ABCDEFGHIJKL'.split('').map((n) => speaker(n)),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12],
    ],
  ];
  it.each(cases)('%s', (_name, speakers, expected) => {
    const colorOf = speakerColors(speakers.map((s) => statement(s)));
    expect(speakers.map(colorOf)).toEqual(expected);
  });

  it('a speaker not in the analysis gets the neutral colour', () => {
    expect(speakerColors([statement(harry)])(meghan)).toBe(UNATTRIBUTED_COLOR);
  });

  it('the popup groups wear the colour the page paints their speaker with', () => {
    const statements = [statement(meghan), statement(harry), statement(harry), statement(null)];
    const groups = groupBySpeaker(statements);
    expect(groups.map((g) => [g.name, g.color])).toEqual([
      ['Prince Harry', 1],
      ['Meghan Markle', 0],
      [null, UNATTRIBUTED_COLOR],
    ]);
  });

  it('matches the palette of the highlights’ CSS, colour for colour', () => {
    const css = SPEAKER_PALETTE.map((_, i) => {
      const rule = new RegExp(
        String.raw`::highlight\(${PREFIX}-speaker-${i}\)\s*\{\s*background-color: (rgb\(\d+ \d+ \d+)`,
      );
      return `${rule.exec(HIGHLIGHTS_CSS)?.[1]})`;
    });
    expect(css).toEqual(SPEAKER_PALETTE);
  });

  it('matches the palette of the fallback marks, colour for colour', () => {
    const css = SPEAKER_PALETTE.map((_, i) => {
      const rule = new RegExp(
        String.raw`sourcelight-mark\[data-color='${i}'\]\[data-kind='statement'\]\s*\{\s*background-color: (rgb\(\d+ \d+ \d+)`,
      );
      return `${rule.exec(MARKS_CSS)?.[1]})`;
    });
    expect(css).toEqual(SPEAKER_PALETTE);
  });
});
