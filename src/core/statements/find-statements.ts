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
  // Drafts only overlap drafts of the same or the previous sentence, so checking the recent ones keeps
  // this linear on huge inputs.
  const add = (d: Draft | null): void => {
    if (!d) return;
    for (let i = found.length - 1; i >= 0 && found[i]!.sentence >= d.sentence - 1; i--)
      if (overlaps(found[i]!, d)) return;
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
