// "According to X, …" and "…, according to X." The source phrase runs to the next comma or the end.
import { insideQuote } from '../cues/find-cues';
import type { Sentence } from '../sentences/split-sentences';
import { trimContent, wordCount, type Draft } from './draft';
import { makeDraft, tokenCue } from './make-draft';

/** Longest source phrase after "according to", in tokens. */
const MAX_SOURCE_TOKENS = 25;
const SOURCE_ENDS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);
/** Fewest words on one side of the source for it to be what was said. */
const MIN_CONTENT_WORDS = 3;

export function accordingTo(text: string, s: Sentence, sentence: number): Draft[] {
  const toks = s.tokens;
  const out: Draft[] = [];
  let floor = s.start; // content never reaches back past an earlier source (keeps this linear)
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i]!.lower !== 'according' || toks[i + 1]!.lower !== 'to' || insideQuote(s, toks[i]!.start))
      continue;
    let k = i + 2;
    while (k < toks.length && k - i - 2 < MAX_SOURCE_TOKENS && !SOURCE_ENDS.has(toks[k]!.text)) k++;
    if (k === i + 2) continue;
    const phrase = { start: toks[i + 2]!.start, end: toks[k - 1]!.end, kind: 'raw' as const };
    const cue = tokenCue(text, toks, i, i + 1);
    // "(But) according to X, …" opens the sentence; "…, according to X, …" sits inside it.
    const opensSentence = toks.slice(0, i).every((t) => !t.word || /^(but|and|so|yet|still)$/.test(t.lower));
    const relative = /^(who|which)$/.test(toks[k + 1]?.lower ?? ''); // "according to X, who …"
    const afterSource = toks[k]?.text === ',' && !relative ? { start: toks[k]!.end, end: s.end } : null;
    const raws = opensSentence ? [afterSource] : [{ start: floor, end: toks[i]!.start }, afterSource];
    floor = toks[k - 1]!.end;
    for (const raw of raws) {
      const span = raw && trimContent(text, raw, s);
      if (span && wordCount(text, span) >= MIN_CONTENT_WORDS)
        out.push(makeDraft(span, s, sentence, { cue, phrase, via: 'according' }));
    }
  }
  return out;
}
