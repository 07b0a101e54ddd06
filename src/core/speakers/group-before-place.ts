// "Some Albertans at a gas station in south Edmonton said", "Nurses at St Thomas' hospital in London told",
// "Neighbours on Harehills Lane said", "Residents of a 19-storey tower block in Eastmere say", "Postal workers
// interviewed outside a sorting plant in Mississauga said": a group of people opening the clause, then phrases
// saying where they are; the group speaks, not the place named last.
import { DETERMINERS, NON_DESCRIPTOR_WORDS } from '../lexicon/subject-words';
import { SUBORDINATORS, WHERE_PREPOSITIONS } from '../lexicon/clause-words';
import { RELATIVE_OPENERS } from '../lexicon/clause-boundary-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { HONORIFICS } from '../lexicon/titles';
import { INDEFINITE_ONE } from '../lexicon/coreference-words';
import { isAgentNoun } from '../text/agent-noun';
import { opensClause } from './opens-clause';
import { isAbbrevDot } from './name-words';
import { peopleNoun } from './people-noun';
import type { Phrase } from './speaker-phrase';

/** Marks inside the phrases between ("St Thomas' hospital", "a 19-storey tower block"). */
const INNER_MARKS = new Set(["'", '’', '-']);
/** Most tokens from the group's noun to the name ("at the evacuation centre in Slave Lake"). */
const MAX_WHERE = 10;

/** Most lowercase words between "a" and a person's role ("A | sales | manager at …"). */
const MAX_ROLE_MODIFIERS = 2;

/** Where the "a" or "one" before one person's role or trade at k stands ("A sales manager at a dealership in
 * Dayton said"), past a few lowercase words; -1 when k is no such role. */
function someoneFrom(tokens: readonly Token[], k: number): number {
  const t = tokenAt(tokens, k);
  if (t.cap || !(PERSON_ROLE_NOUNS.has(t.lower) || isAgentNoun(t.lower))) return -1;
  for (let m = k - 1; m >= 0 && k - m <= MAX_ROLE_MODIFIERS + 1; m--) {
    const w = tokenAt(tokens, m);
    if (INDEFINITE_ONE.has(w.lower)) return m;
    if (!w.word || w.cap || NON_DESCRIPTOR_WORDS.has(w.lower)) return -1;
  }
  return -1;
}

/** A word that opens where the group is: a place's preposition, "of" or "from" ("Residents of …"). */
const opensWhere = (t: Token | undefined): boolean =>
  !!t && (WHERE_PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'from');
/** The group's phrases start right after its noun at k, or past a participle ("interviewed outside"). */
const placedAfter = (tokens: readonly Token[], k: number): boolean => {
  const next = tokens[k + 1];
  return (
    opensWhere(next) ||
    (!!next?.word && !next.cap && /[a-z](?:ed|ing)$/.test(next.lower) && opensWhere(tokens[k + 2]))
  );
};
/** Most modifiers before the group's noun ("central bankers", "Call centre staff"). */
const MAX_MODIFIERS = 2;

/** The group of people (with its determiner) whose place the proper name `name` is, when the clause opens
 * on them and only prepositional phrases lie between; else null. */
export function groupBeforePlace(tokens: readonly Token[], name: Phrase, floor: number): Phrase | null {
  // (no comma, no clause between: "his two sisters in the gallery moments after Judge Lorraine Haskett",
  // "the others killed in the attacks, Groberg says"; and no one a title names: "members gathered around Mr.
  // Trump laughed")
  const before = tokens[name.first - 1];
  if (!before?.word || SUBORDINATORS.has(before.lower) || HONORIFICS.has(tokenAt(tokens, name.first).lower))
    return null;
  for (let k = name.first - 2; k >= floor && name.first - k <= MAX_WHERE; k--) {
    const t = tokens[k];
    // (nor a relative clause: "a senior politician from the Islah party whose whereabouts the Houthis")
    const clause = SUBORDINATORS.has(t?.lower ?? '') || RELATIVE_OPENERS.has(t?.lower ?? '');
    if ((!t?.word && !INNER_MARKS.has(t?.text ?? '')) || clause) return null;
    if (!t?.word || !placedAfter(tokens, k)) continue;
    // (with an abbreviation's dot: "Diplomats at the U.N.")
    const last = isAbbrevDot(tokens, name.last + 1) ? name.last + 1 : name.last;
    const one = someoneFrom(tokens, k);
    if (one >= floor && opensClause(tokens, { first: one, last: k, kind: 'unnamed' }, floor))
      return { first: one, last, kind: 'unnamed' };
    if (!peopleNoun(t)) continue;
    // (the whole phrase: "Nurses at St Thomas' hospital in London")
    // ("even as central bankers on both sides of the Atlantic insist": modifiers before the noun)
    for (let from = k; from >= floor && k - from <= MAX_MODIFIERS; from--) {
      if (from < k && !modifier(tokenAt(tokens, from), from === floor)) break;
      const first = from - 1 >= floor && DETERMINERS.has(tokens[from - 1]?.lower ?? '') ? from - 1 : from;
      if (opensClause(tokens, { first, last: k, kind: 'unnamed' }, floor))
        return { first, last, kind: 'unnamed' };
    }
    // (a group in the phrases between, "Parents of young skaters in Almaty": on back to the one that opens)
  }
  return null;
}

/** An adjective-like word ("central", "local"; capitalised only opening the sentence): no function word, no
 * verb's or adverb's ending. */
const modifier = (t: Token, opening: boolean): boolean =>
  t.word && (!t.cap || opening) && !NON_DESCRIPTOR_WORDS.has(t.lower) && !/(?:ly|ed|ing|s)$/.test(t.lower);
