// "Rep. Will Hurd, R-Texas, said": a party's initial and a state between commas belongs to the name
// before it; the speaker-phrase scan reads through it.
import type { Token } from '../text/tokenize';

/** "R-Texas", "D-Conn.", "DFL-Duluth": a party's letters and a place's first word, one token. */
const PARTY_TAG = /^(?:[RDI]|DFL)-\p{Lu}[\p{L}.]*$/u;
/** Tokens a tag's place may take after its first ("R-Grand Rapids", "D-New Orleans"). */
const MAX_PLACE = 3;
const placeToken = (t: Token | undefined): boolean => !!t && (t.text === '.' || /^\p{Lu}/u.test(t.text));

/** Where the party's tag ending before the comma at `comma` starts; -1 when none does. */
export function partyTagStart(tokens: readonly Token[], comma: number): number {
  for (let k = comma - 1; k >= Math.max(0, comma - 1 - MAX_PLACE); k--) {
    if (PARTY_TAG.test(tokens[k]?.text ?? '')) return k;
    if (!placeToken(tokens[k])) return -1;
  }
  return -1;
}
export const isPartyTag = (tokens: readonly Token[], comma: number): boolean =>
  partyTagStart(tokens, comma) >= 0;
