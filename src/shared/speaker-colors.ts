// Which palette colour each speaker wears, decided in one place so the page's highlights and the
// popup's entries agree. Keyed by the speaker's entity id: "Meghan", "the duchess" and a resolved "she"
// are one speaker and wear one colour.
import type { Speaker, Statement } from '../core/types';
import { identityOf } from './speaker-identity';

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

/** Statements with no speaker, or an unresolved one, wear the neutral last colour; speakers cycle
 * through the others. */
export const UNATTRIBUTED_COLOR = SPEAKER_PALETTE.length - 1;

/** The palette index of a statement's speaker. */
export type ColorOf = (speaker: Speaker | null) => number;

/** Colours by entity, in order of first appearance in the article. An unresolved speaker ("she") gets
 * none of its own: a colour would claim an identity the engine did not find. */
export function speakerColors(statements: readonly Statement[]): ColorOf {
  const colors = new Map<string, number>();
  for (const { speaker } of statements) {
    const id = identityOf(speaker);
    if (id === null || speaker?.type === 'unknown' || colors.has(id)) continue;
    colors.set(id, colors.size % UNATTRIBUTED_COLOR);
  }
  return (speaker) => {
    const id = identityOf(speaker);
    if (id === null || speaker?.type === 'unknown') return UNATTRIBUTED_COLOR;
    return colors.get(id) ?? UNATTRIBUTED_COLOR;
  };
}
