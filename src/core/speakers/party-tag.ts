// "Rep. Will Hurd, R-Texas, said": a party's initial and a state between commas belongs to the name
// before it; the speaker-phrase scan reads through it.
import type { Token } from '../text/tokenize';

/** "R-Texas", "D-Conn.": a party's initial and a state, one token (its abbreviation's dot apart). */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
export const partyTagStart = (tokens: readonly Token[], comma: number): number =>
  tokens[comma - 1]?.text === '.' ? comma - 2 : comma - 1;
export const isPartyTag = (tokens: readonly Token[], comma: number): boolean =>
  PARTY_TAG.test(tokens[partyTagStart(tokens, comma)]?.text ?? '');
