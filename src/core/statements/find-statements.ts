// All statement drafts, in text order: cue verbs, "according to", colon cues, backward (passive)
// attributions, then cue-less quotes that continue a speaker.
import type { Sentence } from '../sentences/split-sentences';
import { accordingTo } from './according-to';
import { colonStatement } from './colon-statements';
import { cueStatements } from './cue-statements';
import type { Draft } from './draft';
import { floatingQuotes } from './floating-quotes';
import { passiveStatement } from './passive-statements';
import { questionStatements } from './question-statements';

const overlaps = (a: Draft, b: Draft): boolean => a.start < b.end && b.start < a.end;

export function findStatements(
  text: string,
  sentences: readonly Sentence[],
  isKnownSpeaker: (word: string) => boolean,
): Draft[] {
  const found: Draft[] = [];
  // Accepted drafts never overlap, so kept sorted by start they are sorted by end too: one binary
  // search finds the only neighbour that could overlap a new draft (linear overall on huge inputs).
  const sorted: Draft[] = [];
  const add = (d: Draft | null): void => {
    if (!d) return;
    let lo = 0;
    let hi = sorted.length;
    if (hi > 0 && sorted[hi - 1]!.start < d.end) lo = hi; // appending in order: the usual case
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < d.end) lo = mid + 1;
      else hi = mid;
    }
    const before = sorted[lo - 1];
    if (before && overlaps(before, d)) return;
    if (lo === sorted.length) sorted.push(d);
    else sorted.splice(lo, 0, d);
    found.push(d);
  };
  sentences.forEach((s, i) => {
    add(colonStatement(text, s, i, isKnownSpeaker)); // "Cruz: …" before any cue inside the headline
    for (const d of accordingTo(text, s, i)) add(d);
    for (const d of questionStatements(text, s, i)) add(d);
    for (const d of cueStatements(text, s, i, sentences[i + 1], isKnownSpeaker)) add(d);
    add(passiveStatement(text, s, i, sentences[i - 1]));
  });
  const paragraphStart = new Map<number, number>();
  for (const s of sentences) if (!paragraphStart.has(s.paragraph)) paragraphStart.set(s.paragraph, s.start);
  const firstInParagraph = (q: { start: number; paragraph: number }): boolean =>
    paragraphStart.get(q.paragraph) === q.start;
  const floating = floatingQuotes(text, sentences, found, firstInParagraph);
  return [...found, ...floating].sort((a, b) => a.start - b.start);
}
