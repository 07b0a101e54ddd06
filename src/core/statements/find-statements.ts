// All statement drafts, in text order: cue verbs, "according to", colon cues, backward (passive)
// attributions, then cue-less quotes that continue a speaker.
import type { Sentence } from '../sentences/split-sentences';
import { accordingTo } from './according-to';
import { colonStatement } from './colon-statements';
import { cueStatements } from './cue-statements';
import type { Draft } from './draft';
import { floatingQuotes } from './floating-quotes';
import { passiveStatement } from './passive-statements';

const overlaps = (a: Draft, b: Draft): boolean => a.start < b.end && b.start < a.end;

export function findStatements(
  text: string,
  sentences: readonly Sentence[],
  isKnownSpeaker: (word: string) => boolean,
): Draft[] {
  const found: Draft[] = [];
  const add = (d: Draft | null): void => {
    if (d && !found.some((x) => overlaps(x, d))) found.push(d);
  };
  sentences.forEach((s, i) => {
    for (const d of accordingTo(text, s, i)) add(d);
    for (const d of cueStatements(text, s, i, sentences[i + 1], isKnownSpeaker)) add(d);
    add(passiveStatement(text, s, i, sentences[i - 1]));
    add(colonStatement(text, s, i, isKnownSpeaker));
  });
  const firstInParagraph = (q: { start: number; paragraph: number }): boolean =>
    sentences.find((s) => s.paragraph === q.paragraph)?.start === q.start;
  for (const d of floatingQuotes(text, sentences, found, firstInParagraph)) add(d);
  return found.sort((a, b) => a.start - b.start);
}
