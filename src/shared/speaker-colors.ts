// Which palette colour each speaker wears, decided in one place so the page's highlights and the
// popup's entries agree. Keyed by the speaker's entity id: "Meghan", "the duchess" and a resolved "she"
// are one speaker and wear one colour.
import type { Speaker, Statement } from '../core/types';
import { identityOf } from './speaker-identity';

/**
 * The highlight palette, in the order of `<prefix>-speaker-N` in src/page/highlight-css.ts: 10 hues a
 * reader names apart (blue, orange, pink, green, yellow, sky, red, purple, teal, brown), each nudged
 * within its hue so that the highlights as painted (HIGHLIGHT_ALPHA over the page) stay apart in normal
 * vision and under simulated protanopia, deuteranopia and tritanopia (test/unit/shared/palette.test.ts),
 * then the neutral grey. An earlier palette passed a distance test on the opaque colours, yet four of its
 * pale tints read as one lilac: the test now measures the tint the reader sees.
 */
export const SPEAKER_PALETTE: readonly string[] = [
  'rgb(0 0 236)',
  'rgb(235 144 0)',
  'rgb(196 52 176)',
  'rgb(0 166 60)',
  'rgb(231 227 0)',
  'rgb(8 152 247)',
  'rgb(196 0 64)',
  'rgb(76 0 136)',
  'rgb(0 108 112)',
  'rgb(100 48 0)',
  'rgb(153 153 153)',
];

/** The opacity of a statement's highlight background: the page's own text colour stays on top of it. */
export const HIGHLIGHT_ALPHA = 0.4;

/** Statements with no speaker, or an unresolved one, wear the neutral last colour. */
export const UNATTRIBUTED_COLOR = SPEAKER_PALETTE.length - 1;
const HUES = UNATTRIBUTED_COLOR;

/** The palette index of a statement's speaker: 0–9 the first 10 speakers, UNATTRIBUTED_COLOR the
 * neutral, 11 and up the speakers past the palette's end (see colorSlot). */
export type ColorOf = (speaker: Speaker | null) => number;

/** A colour number as a hue (palette index) and a round: round 1+ repeats a hue with another pattern. */
export function colorSlot(color: number): { readonly hue: number; readonly round: number } {
  if (color === UNATTRIBUTED_COLOR || color < 0) return { hue: UNATTRIBUTED_COLOR, round: 0 };
  const nth = color > UNATTRIBUTED_COLOR ? color - 1 : color;
  return { hue: nth % HUES, round: Math.floor(nth / HUES) };
}

/** The CSS colour of a colour number (its hue). */
export const colorCss = (color: number): string =>
  SPEAKER_PALETTE[colorSlot(color).hue] ?? SPEAKER_PALETTE[UNATTRIBUTED_COLOR]!;

/** Colours by entity, in order of first appearance in the article. An unresolved speaker ("she") gets
 * none of its own: a colour would claim an identity the engine did not find. */
export function speakerColors(statements: readonly Statement[]): ColorOf {
  const colors = new Map<string, number>();
  for (const { speaker } of statements) {
    const id = identityOf(speaker);
    if (id === null || speaker?.type === 'unknown' || colors.has(id)) continue;
    // The nth speaker; the number UNATTRIBUTED_COLOR is skipped, it means "no speaker".
    colors.set(id, colors.size < HUES ? colors.size : colors.size + 1);
  }
  return (speaker) => {
    const id = identityOf(speaker);
    if (id === null || speaker?.type === 'unknown') return UNATTRIBUTED_COLOR;
    return colors.get(id) ?? UNATTRIBUTED_COLOR;
  };
}
