// Which palette colour each speaker wears, decided in one place so the page's highlights and the
// popup's entries agree.
import type { Statement } from '../core/types';

/** The highlight palette (Okabe-Ito), in the order of `sourcelight-speaker-N` in src/content/highlights.css. */
export const SPEAKER_PALETTE: readonly string[] = [
  'rgb(230 159 0)',
  'rgb(86 180 233)',
  'rgb(0 158 115)',
  'rgb(240 228 66)',
  'rgb(0 114 178)',
  'rgb(213 94 0)',
  'rgb(204 121 167)',
  'rgb(153 153 153)',
];

/** Statements with no speaker wear the neutral last colour; speakers cycle through the others. */
export const UNATTRIBUTED_COLOR = SPEAKER_PALETTE.length - 1;

/** Colour per speaker name (null: no speaker), in order of first appearance in the article. */
export function speakerColors(statements: readonly Statement[]): ReadonlyMap<string | null, number> {
  const colors = new Map<string | null, number>([[null, UNATTRIBUTED_COLOR]]);
  let next = 0;
  for (const { speaker } of statements) {
    const name = speaker?.name ?? null;
    if (colors.has(name)) continue;
    colors.set(name, next % UNATTRIBUTED_COLOR);
    next += 1;
  }
  return colors;
}
