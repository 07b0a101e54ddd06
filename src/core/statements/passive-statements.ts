// Passive attributions: "This concern was voiced by X" — what was said is the previous sentence, which the
// demonstrative subject points back to; "It was announced by X that …" — the clause after "that".
import { findCues } from '../cues/find-cues';
import type { Sentence } from '../sentences/split-sentences';
import { phraseAfter } from '../speakers/phrase-after';
import { trimContent, wordCount, type Draft } from './draft';
import { makeDraft, tokenCue, tokenPhrase } from './make-draft';

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such', 'the']);
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/** Longest subject before the passive verb ("This same concern"), in tokens. */
const MAX_SUBJECT_TOKENS = 4;

export function passiveStatement(text: string, s: Sentence, previous: Sentence | undefined): Draft | null {
  const toks = s.tokens;
  if (!previous || !DEMONSTRATIVES.has(toks[0]?.lower ?? '') || toks[0]?.lower === 'the') return null;
  for (const c of findCues(s)) {
    if (c.form !== 'ed' || c.index > MAX_SUBJECT_TOKENS + 2 || !BE.has(toks[c.index - 1]?.lower ?? ''))
      continue;
    if (toks[c.last + 1]?.lower !== 'by') continue;
    const p = phraseAfter(toks, c.last + 2, toks.length - 1);
    if (!p) return null;
    const span = trimContent(text, previous, previous);
    if (!span || wordCount(text, span) < 4) return null;
    const cue = tokenCue(text, toks, c.index, c.last);
    return makeDraft(span, s, { cue, phrase: tokenPhrase(toks, p), via: 'passive' });
  }
  return null;
}

/** Most tokens between the agent and "that" ("by the league on Tuesday evening that"). */
const MAX_AGENT_TAIL = 5;

/** "It was announced by the league on Tuesday that the coach would go": the agent says the "that" clause. */
export function itPassiveStatement(text: string, s: Sentence): Draft | null {
  const toks = s.tokens;
  if (toks[0]?.lower !== 'it' || !BE.has(toks[1]?.lower ?? '')) return null;
  const c = findCues(s).find((h) => h.index === 2 && h.form === 'ed');
  if (!c || toks[c.last + 1]?.lower !== 'by') return null;
  const p = phraseAfter(toks, c.last + 2, toks.length - 1);
  if (!p) return null;
  const that = toks.findIndex((t, k) => k > p.last && k <= p.last + MAX_AGENT_TAIL && t.lower === 'that');
  const first = toks[that + 1];
  if (that < 0 || !first) return null;
  const span = trimContent(text, { start: first.start, end: s.end }, s);
  if (!span || wordCount(text, span) < 3) return null;
  return makeDraft(span, s, {
    cue: tokenCue(text, toks, c.index, c.last),
    phrase: tokenPhrase(toks, p),
    via: 'passive',
  });
}
