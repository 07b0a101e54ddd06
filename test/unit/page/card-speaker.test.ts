// @vitest-environment jsdom
// The card's speaker block, row by row: a resolved name with its aliases, a "probably" in words for a
// low-confidence speaker, and an unresolved mention that never reads as a name.
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/types';
import { DEFAULT_CARD_LABELS as L } from '../../../src/page/card-labels';
import { speakerBlock } from '../../../src/page/card-speaker';

const mention = (text: string) => ({ start: 0, end: text.length, text });
const meghan: Speaker = {
  id: 'e1',
  name: 'Meghan Markle',
  type: 'person',
  role: 'Duchess of Sussex',
  mention: mention('Meghan Markle'),
  aliases: ['the duchess', 'Meghan'],
  confidence: 0.9,
};
const she: Speaker = {
  ...meghan,
  id: 'e2',
  name: 'she',
  type: 'unknown',
  role: null,
  aliases: [],
  mention: mention('she'),
  confidence: 0,
};

interface Expected {
  heading: string;
  standing: string;
  /** The lines under the heading, by part name. */
  lines: Record<string, string>;
}

// [name, speaker, the statement only continues an earlier one's speaker, expected]
const cases: [string, Speaker | null, boolean, Expected][] = [
  [
    'a sure speaker: name, type and role, aliases',
    meghan,
    false,
    {
      heading: 'Meghan Markle',
      standing: 'resolved',
      lines: { about: 'Person · Duchess of Sussex', aliases: L.aliases('the duchess, Meghan') },
    },
  ],
  [
    'people named together are "People", not one person',
    { ...meghan, name: 'Nikki Haley and Ron DeSantis', role: null, aliases: [] },
    false,
    { heading: 'Nikki Haley and Ron DeSantis', standing: 'resolved', lines: { about: 'People' } },
  ],
  [
    'the name with a title is not repeated as an alias',
    { ...meghan, aliases: ['Duchess of Sussex Meghan Markle', 'the duchess'] },
    false,
    {
      heading: 'Meghan Markle',
      standing: 'resolved',
      lines: { about: 'Person · Duchess of Sussex', aliases: L.aliases('the duchess') },
    },
  ],
  [
    'a pronoun resolved with low confidence: "probably", and what the text says',
    { ...meghan, aliases: [], mention: mention('She'), confidence: 0.7 },
    false,
    {
      heading: 'Meghan Markle',
      standing: 'probable',
      lines: { about: 'Person · Duchess of Sussex', confidence: L.probableMention('Meghan Markle', 'She') },
    },
  ],
  [
    'a continuation with low confidence: "probably", and why, not the earlier mention it kept',
    { ...meghan, aliases: [], mention: mention('Markle'), confidence: 0.5 },
    true,
    {
      heading: 'Meghan Markle',
      standing: 'probable',
      lines: { about: 'Person · Duchess of Sussex', confidence: L.probableInherited('Meghan Markle') },
    },
  ],
  [
    'low confidence with the full name as mention: the plain "probably"',
    { ...meghan, aliases: [], confidence: 0.6 },
    false,
    {
      heading: 'Meghan Markle',
      standing: 'probable',
      lines: { about: 'Person · Duchess of Sussex', confidence: L.probable('Meghan Markle') },
    },
  ],
  [
    'an unresolved "she": never a name, and why',
    she,
    false,
    { heading: L.unresolved('she'), standing: 'unresolved', lines: { about: L.unresolvedAbout('she') } },
  ],
  ['no speaker at all', null, false, { heading: L.unknownSpeaker, standing: 'none', lines: {} }],
];

describe('speakerBlock', () => {
  it.each(cases)('%s', (_name, speaker, continued, expected) => {
    const { heading, lines } = speakerBlock(document, speaker, continued, L);
    expect(heading.textContent).toBe(expected.heading);
    expect(heading.dataset.standing).toBe(expected.standing);
    expect(Object.fromEntries(lines.map((line) => [line.getAttribute('part'), line.textContent]))).toEqual(
      expected.lines,
    );
  });

  it('puts an unresolved mention in as text, and never shows it as a bare heading', () => {
    const evil = '<b>she</b>';
    const { heading, lines } = speakerBlock(
      document,
      { ...she, name: evil, mention: mention(evil) },
      false,
      L,
    );
    expect(heading.textContent).toBe(L.unresolved(evil));
    expect(heading.querySelector('b')).toBeNull();
    expect(lines.some((line) => line.querySelector('b'))).toBe(false);
  });
});
