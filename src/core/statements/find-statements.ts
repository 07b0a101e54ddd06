// All statement drafts, in text order.
import type { Sentence } from '../sentences/split-sentences';
import { cueStatements } from './cue-statements';
import type { Draft } from './draft';

export function findStatements(text: string, sentences: readonly Sentence[]): Draft[] {
  const out: Draft[] = [];
  sentences.forEach((s, i) => out.push(...cueStatements(text, s, i)));
  return out.sort((a, b) => a.start - b.start);
}
