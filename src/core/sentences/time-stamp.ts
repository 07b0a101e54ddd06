// A live blog's entries open on their time ("16.06 AirAsia QZ8501 made …", "04.00 Searchers say …"): the
// stamp is no part of the entry's first sentence, its subject or what was said.
import type { Token } from '../text/tokenize';

/** The last token of a clock time opening a paragraph before a capitalised word ("04.00 Searchers say …",
 * "14:05 The …"), or -1. */
export function timeStampEnd(tokens: readonly Token[]): number {
  const whole = /^\d{1,2}\.\d{2}$/.test(tokens[0]?.text ?? '') ? 0 : -1;
  const split =
    /^\d{1,2}$/.test(tokens[0]?.text ?? '') &&
    tokens[1]?.text === ':' &&
    /^\d{2}$/.test(tokens[2]?.text ?? '')
      ? 2
      : -1;
  const last = Math.max(whole, split);
  return last >= 0 && tokens[last + 1]?.cap === true ? last : -1;
}
