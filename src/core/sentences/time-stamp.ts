// A live blog's entries open on their time ("16.06 AirAsia QZ8501 made …", "04.00 Searchers say …", "8:15
// a.m.: At least seven …", "10:15 p.m. ET — Rail …"): the stamp is no part of the entry's first sentence, its
// subject or what was said.
import { TIME_ZONES } from '../lexicon/calendar';
import type { Token } from '../text/tokenize';

/** The last token of a clock time opening a paragraph before a capitalised word ("04.00 Searchers say …",
 * "14:05 The …"), with its "a.m." or "pm", its time zone and the colon or dash after it; or -1. */
export function timeStampEnd(tokens: readonly Token[]): number {
  const whole = /^\d{1,2}\.\d{2}$/.test(tokens[0]?.text ?? '') ? 0 : -1;
  const split =
    /^\d{1,2}$/.test(tokens[0]?.text ?? '') &&
    tokens[1]?.text === ':' &&
    /^\d{2}(?:[ap]m)?$/i.test(tokens[2]?.text ?? '')
      ? 2
      : -1;
  let last = Math.max(whole, split);
  if (last < 0) return -1;
  // "a.m." is a token and its dot; "am" a token of its own
  if (/^[ap]\.m$/i.test(tokens[last + 1]?.text ?? '') && tokens[last + 2]?.text === '.') last += 2;
  else if (/^[ap]m$/i.test(tokens[last + 1]?.text ?? '')) last += 1;
  if (
    TIME_ZONES.has(tokens[last + 1]?.lower ?? '') &&
    tokens[last + 1]?.text === tokens[last + 1]?.text.toUpperCase()
  )
    last += 1;
  if (STAMP_MARKS.has(tokens[last + 1]?.text ?? '')) last += 1;
  return tokens[last + 1]?.cap === true ? last : -1;
}

/** Marks that may close a stamp before its entry. */
const STAMP_MARKS: ReadonlySet<string> = new Set([':', '—', '–', '-']);
