import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupBySpeaker } from '../../../src/popup/group-by-speaker';
import { SPEAKER_PALETTE, UNATTRIBUTED_COLOR, speakerColors } from '../../../src/shared/speaker-colors';
import { speaker, statement } from './fixtures';

const HIGHLIGHTS_CSS = readFileSync(new URL('../../../src/content/highlights.css', import.meta.url), 'utf8');

describe('speakerColors', () => {
  it.each([
    { names: ['A', 'B', 'A'], expected: { A: 0, B: 1 } },
    { names: [null, 'A'], expected: { A: 0 } },
    {
      // Speakers beyond the palette cycle through the named colours, never the unattributed one.
      names: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      expected: { A: 0, G: 6, H: 0 },
    },
  ])('$names', ({ names, expected }) => {
    const colors = speakerColors(names.map((n) => statement(n === null ? null : speaker(n))));
    for (const [name, color] of Object.entries(expected)) expect(colors.get(name)).toBe(color);
    expect(colors.get(null)).toBe(UNATTRIBUTED_COLOR);
  });

  it('the popup groups wear the colour the page paints their speaker with', () => {
    const statements = [
      statement(speaker('A')),
      statement(speaker('B')),
      statement(speaker('B')),
      statement(null),
    ];
    const groups = groupBySpeaker(statements);
    expect(groups.map((g) => [g.name, g.color])).toEqual([
      ['B', 1],
      ['A', 0],
      [null, UNATTRIBUTED_COLOR],
    ]);
  });

  it('matches the palette of highlights.css, colour for colour', () => {
    const css = SPEAKER_PALETTE.map((_, i) => {
      const rule = new RegExp(
        String.raw`::highlight\(sourcelight-speaker-${i}\)\s*\{\s*background-color: (rgb\(\d+ \d+ \d+)`,
      );
      return `${rule.exec(HIGHLIGHTS_CSS)?.[1]})`;
    });
    expect(css).toEqual(SPEAKER_PALETTE);
  });
});
