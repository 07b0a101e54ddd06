// "A lawyer representing the family said", "a group monitoring the war said", "residents living in the area
// say", "a coalition led by Greenpeace said": the speaker is the noun before the participle, not the
// participle's object right before the cue.
import { NON_PARTICIPLE_ING_WORDS, PLACE_PREPOSITIONS } from '../lexicon/clause-words';
import { FIRST_NAMES } from '../lexicon/first-names';
import { DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { CLAUSE_JOINS, PREPOSITIONS } from '../lexicon/subject-words';
import { hasVerb, isPastForm } from '../statements/has-verb';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import type { Phrase } from './speaker-phrase';

/** Longest object between the participle and the cue ("the families of the victims", "more than 2,000 pilots
 * at Indian carrier SkyVista Airlines"), in tokens. */
const MAX_OBJECT = 10;
/** Longest head before the participle ("A senior lawyer"), in tokens. */
const MAX_HEAD = 5;
/** Prepositions after a past participle that make it a passive describing its head ("led by"). */
const PASSIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'in', 'of']);

/** The head opens its clause: at the floor, or after punctuation or a joining word ("an image cemented by
 * …" inside a sentence is no subject). */
const opensClause = (tokens: readonly Token[], k: number, floor: number): boolean =>
  k <= floor || !tokens[k - 1]?.word || CLAUSE_JOINS.has(tokenAt(tokens, k - 1).lower);

type PhraseReader = (tokens: readonly Token[], j: number, floor: number, depth: number) => Phrase | null;

/** A lowercase participle ("representing"), not "according" or "morning". */
const isParticiple = (t: Token | undefined): boolean =>
  !!t &&
  t.word &&
  !t.cap &&
  t.lower.length >= 6 &&
  t.lower.endsWith('ing') &&
  !NON_PARTICIPLE_ING_WORDS.has(t.lower);

/** The participle's object: words that join no clause, up to the cue ("the families of the victims",
 * "airport maintenance workers"; a head before the participle tells it from "lobbying firms", where the -ing
 * word describes). */
function isObject(tokens: readonly Token[], from: number, j: number): boolean {
  if (!tokens[from]?.word) return false;
  for (let m = from; m <= j; m++) {
    const t = tokens[m];
    if (!t || (!t.word && t.text !== "'" && t.text !== '’') || CLAUSE_JOINS.has(t.lower) || t.lower === 'to')
      return false;
  }
  return !hasVerb(tokens, from, j + 1);
}

/** Where the participle that links an object starting at `start` to its head is: "representing | the
 * family", "living in | the area", "led by | Greenpeace", "accused of | the attack"; or -1. */
function linkAt(tokens: readonly Token[], start: number): number {
  // ("living near the plant": where as well as what)
  const before = tokens[start - 1]?.lower ?? '';
  const prep = PREPOSITIONS.has(before) || PLACE_PREPOSITIONS.has(before) ? start - 1 : -1;
  const k = prep >= 0 ? prep - 1 : start - 1;
  const t = tokens[k];
  if (isParticiple(t)) return k;
  // a past participle only with a preposition a passive takes ("led by", "accused of", "based in"; not
  // "struggled on Tuesday", "ended with Maddow", a finite verb and its adjunct)
  const passive = prep >= 0 && PASSIVE_PREPOSITIONS.has(before);
  return passive && t?.word && !t.cap && isPastForm(t.lower) ? k : -1;
}

/** Where the participle's object before the cue at j starts, or -1. */
function objectAfterParticiple(tokens: readonly Token[], j: number, floor: number): number {
  for (let m = j; m > floor && j - m < MAX_OBJECT; m--) if (linkAt(tokens, m) >= 0) return m;
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
  // (only for the cue's own subject: an appositive's description keeps its name, "Will Young, a mechanic
  // based in Kansas City, said")
  if (depth > 0 || p?.kind === 'pronoun' || p?.kind === 'relative') return null;
  // (a person named after the participle would read as the speaker with a role: "groups encouraging
  // Hillary Clinton to run" stays as it was)
  if (p?.kind === 'proper' && FIRST_NAMES.has(tokens[p.first]?.lower ?? '')) return null;
  // ("killed in a crash on Highway 401": the object may go on past the name right before the cue)
  const start = p && linkAt(tokens, p.first) > floor ? p.first : objectAfterParticiple(tokens, j, floor);
  const link = start > floor ? linkAt(tokens, start) : -1;
  if (link <= floor) return null;
  const head = ofHead(tokens, phraseBefore(tokens, link - 1, floor, 1), link, floor, phraseBefore);
  const fits =
    head?.kind === 'unnamed' &&
    head.last === link - 1 &&
    isObject(tokens, start, j) &&
    opensClause(tokens, head.first, floor) &&
    // ("A report released by the ministry says": a document speaks for whoever it is by)
    !(tokens[link + 1]?.lower === 'by' && DOCUMENT_NOUNS.has(tokenAt(tokens, head.last).lower)) &&
    head.last - head.first < MAX_HEAD &&
    !/^\d/.test(tokens[head.first]?.text ?? '') &&
    !hasVerb(tokens, head.first, head.last + 1);
  return fits ? { first: head.first, last: j, kind: 'unnamed' } : null;
}

/** Most words between "of" and the participle ("of | a teenager | killed"). */
const MAX_OF_OBJECT = 3;

/** "The mother of a teenager killed in a crash said": the head "of" the participle's noun, when it opens the
 * clause. */
function ofHead(
  tokens: readonly Token[],
  head: Phrase | null,
  link: number,
  floor: number,
  phraseBefore: PhraseReader,
): Phrase | null {
  if (head && opensClause(tokens, head.first, floor)) return head;
  for (let of = link - 2; of >= Math.max(floor + 1, link - 1 - MAX_OF_OBJECT); of--) {
    if (tokens[of]?.lower !== 'of') continue;
    // (someone described in lower case, "of a teenager", not "Nine months of Trump soaring …")
    if (tokens.slice(of + 1, link).some((t) => !t.word || t.cap)) return head;
    const owner = phraseBefore(tokens, of - 1, floor, 1);
    return owner?.kind === 'unnamed' && owner.last === of - 1
      ? { first: owner.first, last: link - 1, kind: 'unnamed' }
      : head;
  }
  return head;
}
