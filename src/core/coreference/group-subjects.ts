// "Prosecutors disagreed. In a court filing, they wrote …", "Environmental lawyers were divided. Some
// noted …": a group of people opening its sentence before its verb is someone a later "they" or a share of it
// ("Some", "Others") can stand for, though they said nothing yet.
import type { Sentence } from '../sentences/split-sentences';
import { GROUP_SHARE_WORDS } from '../lexicon/group-nouns';
import { hasVerb } from '../statements/has-verb';
import { DETERMINERS, NON_DESCRIPTOR_WORDS, PREPOSITIONS } from '../lexicon/subject-words';
import type { Token } from '../text/tokenize';
import { peopleNoun } from '../speakers/people-noun';
import type { OrgMention } from './find-organizations';

/** Most modifiers before the group's noun ("Environmental lawyers", "Some young artists"). */
const MAX_MODIFIERS = 2;

/** The sentences' opening groups of people before a verb ("Prosecutors disagreed", "Some artists welcomed",
 * "Environmental lawyers were divided"). */
export function groupSubjects(sentences: readonly Sentence[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const { tokens } of sentences) {
    const head = groupHead(tokens);
    const first = tokens[0];
    if (!first || head < 0 || tokens[head + 1]?.cap) continue;
    // (before its verb: a past or an auxiliary, or a present before its object, "Analysts expect the …")
    if (!hasVerb(tokens, head + 1, head + 2) && !presentBefore(tokens, head + 1)) continue;
    const words = tokens.slice(0, head + 1);
    const name = words.map((t) => t.text).join(' ');
    out.push({ start: first.start, end: words.at(-1)?.end ?? first.end, name, plural: true, group: true });
  }
  return out;
}

/** Where the plural people noun of a group opening the tokens is, past a share word and a few modifiers
 * ("Some | young | artists"), or -1. */
function groupHead(tokens: readonly Token[]): number {
  if (!tokens[0]?.cap) return -1;
  const from = GROUP_SHARE_WORDS.has(tokens[0].lower) && tokens[0].lower !== 'others' ? 1 : 0;
  for (let k = from; k < tokens.length && k - from <= MAX_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t?.word || (t.cap && k > 0) || NON_DESCRIPTOR_WORDS.has(t.lower)) return -1;
    // (a plural, not "analysis")
    if (/[^s]s$/.test(t.lower) && !/sis$/.test(t.lower) && peopleNoun(t)) return k;
    if (/(?:ly|ing|ed|s)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** "expect the", "say that": a lowercase word, no preposition, before a determiner or "that". */
const presentBefore = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  const next = tokens[k + 1]?.lower ?? '';
  return !!t?.word && !t.cap && !PREPOSITIONS.has(t.lower) && (DETERMINERS.has(next) || next === 'that');
};
