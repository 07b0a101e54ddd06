// "Asked by reporters whether he would run, Smith said …": the question put to someone is itself reported
// speech, by the asker "asked by" names. With no asker named it is none (a highlight that names nobody; the
// corpora mostly leave such questions unattributed, and attribution F1 rose on both when they went).
import { findCues } from '../cues/find-cues';
import { insideQuote } from '../quotes/in-quote';
import { QUESTION_OPENERS } from '../lexicon/clause-words';
import type { Sentence } from '../sentences/split-sentences';
import { phraseAfter } from '../speakers/phrase-after';
import { trimContent, wordCount, type Draft, type SpeakerPhrase } from './draft';
import { makeDraft, tokenCue, tokenPhrase } from './make-draft';
import { tokenAt } from '../text/token-window';

const ASKED_PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
/** How far "asked" may sit from the question word ("Asked during a January debate why …"), in tokens. */
const MAX_GAP = 6;

export function questionStatements(text: string, s: Sentence): Draft[] {
  const toks = s.tokens;
  const out: Draft[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = tokenAt(toks, i);
    if (t.lower !== 'asked' || insideQuote(s, t.start)) continue;
    const prev = toks[i - 1]?.lower;
    // "When asked whether …", "Asked how …", and the passive "Clinton was asked whether …"
    if (!(
      i === 0 ||
      prev === 'when' ||
      prev === 'if' ||
      prev === ',' ||
      prev === 'after' ||
      ASKED_PASSIVE.has(prev ?? '')
    ))
      continue;
    // "Lynch said she was asked to give a presentation": a question put to someone inside what a speaker
    // already says is part of that statement
    // ("… leaving his car when asked to do so by police": so is a request put to someone in it)
    const inside = ASKED_PASSIVE.has(prev ?? '') || toks[i + 1]?.lower === 'to';
    if (inside && findCues(s).some((c) => c.index < i - 1 && !c.weak)) continue;
    let k = i + 1;
    let phrase: SpeakerPhrase | null = null;
    if (toks[k]?.lower === 'by') {
      const p = phraseAfter(toks, k + 1, toks.length - 1);
      if (p) {
        phrase = tokenPhrase(toks, p);
        k = p.last + 1;
      }
    }
    let q = k;
    while (
      q < toks.length &&
      q - k < MAX_GAP &&
      !QUESTION_OPENERS.has(tokenAt(toks, q).lower) &&
      tokenAt(toks, q).text !== ','
    )
      q++;
    // ("Smith, delivering the speech, asked the crowd “If …?”": a quote's first word opens no question)
    if (!QUESTION_OPENERS.has(toks[q]?.lower ?? '') || insideQuote(s, tokenAt(toks, q).start)) continue;
    let e = q + 1;
    while (e < toks.length && (tokenAt(toks, e).text !== ',' || insideQuote(s, tokenAt(toks, e).start))) e++;
    const span = trimContent(
      text,
      { start: tokenAt(toks, q).start, end: e < toks.length ? tokenAt(toks, e).start : s.end },
      s,
    );
    // (a question whose asker goes unnamed would be a highlight that names nobody: only "asked by X" reports)
    if (!span || wordCount(text, span) < 2 || !phrase) continue;
    out.push(makeDraft(span, s, { cue: tokenCue(text, toks, i, i), phrase, via: 'verb' }));
  }
  return out;
}
