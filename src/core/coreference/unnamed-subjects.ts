// "A former employee, who asked not to be named, put it more bluntly. “…,” he said": one unnamed person who
// opens a sentence as its subject is someone a later "he" or "she" can stand for, though they said nothing
// yet (group-subjects.ts does the same for "Prosecutors disagreed").
import type { Sentence } from '../sentences/split-sentences';
import { INDEFINITE_OPENERS } from '../lexicon/speaker-phrase-words';
import { RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { hasVerb, isPastForm } from '../statements/has-verb';
import type { Token } from '../text/tokenize';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { PLACE_PREPOSITIONS } from '../lexicon/clause-words';
import type { OrgMention } from './find-organizations';
import { personHeaded } from './person-headed';

/** Most lowercase words between the opener and the head ("A | tribal water | official"). */
const MAX_MODIFIERS = 3;

/** The sentences' opening "a/one/another … person" subjects, each ending at its head noun. */
export function unnamedSubjects(sentences: readonly Sentence[]): OrgMention[] {
  const out: OrgMention[] = [];
  for (const { tokens } of sentences) {
    const head = personHead(tokens);
    const first = tokens[0];
    // ("A reporter pressed her on the difference. “…,” she said": the one pressed answers)
    if (!first || head < 0 || addressesSomeone(tokens)) continue;
    const end = tokens[head]?.end ?? first.end;
    const name = tokens
      .slice(0, head + 1)
      .map((t) => t.text)
      .join(' ');
    out.push({ start: first.start, end, name, plural: false, group: true });
  }
  return out;
}

/** Where the head of a singular indefinite subject opening the tokens is, or -1 ("One victim, now 24, read";
 * not "A neighbour, Jane Doe, said": she is named). */
function personHead(tokens: readonly Token[]): number {
  const opener = tokens[0]?.lower ?? '';
  if (!tokens[0]?.cap || !INDEFINITE_OPENERS.has(opener) || /s$/.test(opener)) return -1;
  for (let i = 1; i <= MAX_MODIFIERS + 1 && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.word || t.cap) return -1;
    const next = tokens[i + 1];
    // ("Two landed inside the perimeter, she said": a past form before a preposition is the verb, not a
    // modifier)
    const preposition = PREPOSITIONS.has(next?.lower ?? '') || PLACE_PREPOSITIONS.has(next?.lower ?? '');
    if (isPastForm(t.lower) && preposition) return -1;
    // (a name right after the head or its comma: "A freshman named Hailey Puckett", "A neighbour, Jane Doe,")
    const after = next?.text === ',' || next?.word ? tokens[i + 2] : next;
    const closes = next?.text === ',' || RELATIVE_WHO.has(next?.lower ?? '') || hasVerb(tokens, i + 1, i + 2);
    if (closes && personHeaded(t.lower)) return after?.cap ? -1 : i;
  }
  return -1;
}

/** An object pronoun in the sentence: "him", "them", or a "her" that owns no noun after it ("pressed her on"). */
function addressesSomeone(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!OBJECT_PRONOUNS.has(t.lower)) return false;
    const next = tokens[i + 1];
    const owns = next?.word === true && !next.cap && !PREPOSITIONS.has(next.lower);
    return !(THIRD_PERSON_POSSESSIVES.has(t.lower) && owns);
  });
}
