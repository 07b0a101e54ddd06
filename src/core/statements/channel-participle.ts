// "…, COMAC said in a statement posted on its WeChat account." A participle after the channel tells where
// the statement went out; it and its phrase are part of the adjunct. Split from skip-adjuncts.ts.
import { CHANNEL_PARTICIPLES } from '../lexicon/cue-nouns';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { hasVerb } from './has-verb';

/** Longest participle phrase after a channel ("posted on its official WeChat account late on Tuesday"). */
const MAX_PARTICIPLE_PHRASE = 12;

/** Where what was said starts after the channel participle at k: at the "that" the phrase leads to, or
 * at the clause's end when the phrase runs there with no verb of its own; else k (no such participle). */
export function afterChannelParticiple(tokens: readonly Token[], k: number, end: number): number {
  const t = tokens[k];
  if (!t || t.cap || !CHANNEL_PARTICIPLES.has(t.lower)) return k;
  let m = k + 1;
  for (; m < end && m - k <= MAX_PARTICIPLE_PHRASE; m++) {
    const w = tokenAt(tokens, m);
    if (w.lower === 'that') return hasVerb(tokens, k + 1, m) ? k : m + 1;
    if (!w.word) break;
  }
  // (at the clause's end, or at the comma before a quotation: "posted online, “We are ready.”")
  const mark = tokenAt(tokens, m).text;
  const quoteNext = mark === ',' && /^[“"‘']/.test(tokens[m + 1]?.text ?? '');
  const closes = m >= end || /^[.;:!?]$/.test(mark) || quoteNext;
  return closes && !hasVerb(tokens, k + 1, m) ? m : k;
}
