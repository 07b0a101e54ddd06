// "Prosecutors disagreed. In a court filing, they wrote …": people named by a plural source noun that opens
// its sentence before its verb are someone a later "they" can stand for, though they said nothing yet.
import type { Sentence } from '../sentences/split-sentences';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { hasVerb } from '../statements/has-verb';
import type { OrgMention } from './find-organizations';

/** The sentences' opening plural source nouns before a verb ("Prosecutors disagreed", "Critics have …"). */
export function groupSubjects(sentences: readonly Sentence[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const { tokens } of sentences) {
    const head = tokens[0];
    if (!head?.cap || !/[^s]s$/.test(head.lower) || !UNNAMED_SOURCE_NOUNS.has(head.lower)) continue;
    if (!hasVerb(tokens, 1, 2) || tokens[1]?.cap) continue;
    out.push({ start: head.start, end: head.end, name: head.text, plural: true, group: true });
  }
  return out;
}
