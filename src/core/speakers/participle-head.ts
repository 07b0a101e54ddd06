// "A lawyer representing the family said", "the judge overseeing the case said", "a group monitoring the war
// said": the speaker is the noun before the participle, not the participle's object right before the cue.
import { NON_PARTICIPLE_ING_WORDS } from '../lexicon/clause-words';
import { FIRST_NAMES } from '../lexicon/first-names';
import { OBJECT_DETERMINERS } from '../lexicon/cue-filter-words';
import { CLAUSE_JOINS } from '../lexicon/subject-words';
import { hasVerb } from '../statements/has-verb';
import type { Token } from '../text/tokenize';
import type { Phrase } from './speaker-phrase';

/** Longest object between the participle and the cue ("the families of the victims"), in tokens. */
const MAX_OBJECT = 6;
/** Longest head before the participle ("A senior lawyer"), in tokens. */
const MAX_HEAD = 5;
/** How deep a participle's head may be looked for (each look may read appositives of its own). */
const MAX_DEPTH = 2;

type PhraseReader = (tokens: readonly Token[], j: number, floor: number, depth: number) => Phrase | null;

/** A lowercase participle ("representing"), not "according" or "morning". */
const isParticiple = (t: Token | undefined): boolean =>
  !!t &&
  t.word &&
  !t.cap &&
  t.lower.length >= 6 &&
  t.lower.endsWith('ing') &&
  !NON_PARTICIPLE_ING_WORDS.has(t.lower);

/** The participle's object: a determiner, a name or a number first ("the case", "Iowa", "British
 * Columbia's nurses"; not "lobbying firms", where the -ing word describes), then words that join no clause. */
function isObject(tokens: readonly Token[], from: number, j: number): boolean {
  const first = tokens[from];
  if (!first?.word || !(first.cap || /^\d/.test(first.text) || OBJECT_DETERMINERS.has(first.lower)))
    return false;
  for (let m = from; m <= j; m++) {
    const t = tokens[m];
    if (!t || (!t.word && t.text !== "'" && t.text !== '’') || CLAUSE_JOINS.has(t.lower) || t.lower === 'to')
      return false;
  }
  return !hasVerb(tokens, from, j + 1);
}

/** Where the participle's object before the cue at j starts, or -1. */
function objectAfterParticiple(tokens: readonly Token[], j: number, floor: number): number {
  for (let m = j; m > floor && j - m < MAX_OBJECT; m--) if (isParticiple(tokens[m - 1])) return m;
  return -1;
}

/** The unnamed source the participle before the phrase `p` (or before the words ending at j) describes. */
export function participleHead(
  tokens: readonly Token[],
  p: Phrase | null,
  j: number,
  floor: number,
  depth: number,
  phraseBefore: PhraseReader,
): Phrase | null {
  if (depth >= MAX_DEPTH || p?.kind === 'pronoun' || p?.kind === 'relative') return null;
  // (a person named after the participle would read as the speaker with a role: "groups encouraging
  // Hillary Clinton to run" stays as it was)
  if (p?.kind === 'proper' && FIRST_NAMES.has(tokens[p.first]?.lower ?? '')) return null;
  const start = p ? p.first : objectAfterParticiple(tokens, j, floor);
  if (start <= floor + 1 || !isParticiple(tokens[start - 1]) || !isObject(tokens, start, j)) return null;
  const head = phraseBefore(tokens, start - 2, floor, depth + 1);
  const fits =
    head?.kind === 'unnamed' &&
    head.last === start - 2 &&
    head.last - head.first < MAX_HEAD &&
    !/^\d/.test(tokens[head.first]?.text ?? '') &&
    !hasVerb(tokens, head.first, head.last + 1);
  return fits ? { first: head.first, last: j, kind: 'unnamed' } : null;
}
