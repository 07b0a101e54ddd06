// Whether the word after a comma inside what was said opens another clause, which ends the content
// ("said the rink was unsafe, officials added"), or goes on with the same one: after a short opener of the
// content ("claimed at one point, a supporter asked …") and after a past participle's aside ("said the
// model, called o3, scored 88 percent": a reduced relative clause describing the subject before it).
import { ADVERBIAL_OPENERS } from '../lexicon/adjunct-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { hasVerb } from './has-verb';

/** Longest opener before the comma that ends it ("at one point,"), in tokens. */
const MAX_OPENER = 4;
/** Most tokens between a participle's comma and the one that closes it. */
const MAX_ASIDE = 8;

/** The word at m, after a comma, opens another clause than the content starting after the cue at k. */
export const clauseAfterComma = (toks: readonly Token[], k: number, m: number): boolean =>
  tokenAt(toks, m).word && !opensContent(toks, k + 1, m - 1) && !participleAside(toks, m - 1);

/** A short adverbial opening what was said, the comma after it, and then the clause's own subject. */
const opensContent = (toks: readonly Token[], from: number, comma: number): boolean =>
  comma - from <= MAX_OPENER && ADVERBIAL_OPENERS.has(toks[from]?.lower ?? '') && !hasVerb(toks, from, comma);

/** The comma at m opens a past participle's aside closed by another comma, with the subject's verb after. */
export function participleAside(toks: readonly Token[], m: number): boolean {
  const participle = toks[m + 1];
  if (!participle?.word || participle.cap || !/ed$/.test(participle.lower)) return false;
  for (let c = m + 2; c < toks.length && c - m <= MAX_ASIDE; c++) {
    if (tokenAt(toks, c).text !== ',') continue;
    const verb = toks[c + 1];
    // (a past form or a present one: "…, called o3, scored …", "…, sold as Zurzuvae, works …")
    return !!verb?.word && !verb.cap && (hasVerb(toks, c + 1, c + 2) || /[^s]s$/.test(verb.lower));
  }
  return false;
}
