// "Some Albertans at a gas station in south Edmonton said", "Nurses at St Thomas' hospital in London told",
// "Neighbours on Harehills Lane said", "Residents of a 19-storey tower block in Eastmere say": a group of people opening the clause, then phrases saying where they
// are; the group speaks, not the place named last.
import { DETERMINERS } from '../lexicon/subject-words';
import { WHERE_PREPOSITIONS } from '../lexicon/clause-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import type { Token } from '../text/tokenize';
import { singularOf } from '../text/singular-of';
import { isAgentNoun } from '../text/agent-noun';
import { opensClause } from './opens-clause';
import { isAbbrevDot } from './name-words';
import { isPluralPeople } from './plural-people';
import type { Phrase } from './speaker-phrase';

/** Marks inside the phrases between ("St Thomas' hospital", "a 19-storey tower block"). */
const INNER_MARKS = new Set(["'", '’', '-']);
/** Most tokens from the group's noun to the name ("at the evacuation centre in Slave Lake"). */
const MAX_WHERE = 10;

/** People in the plural: a source noun ("officials"), a role's or trade's plural ("nurses", "medics"), a
 * nation's people ("Syrians"). */
const people = (t: Token): boolean => {
  const one = singularOf(t.lower);
  return (
    one !== t.lower &&
    (UNNAMED_SOURCE_NOUNS.has(t.lower) ||
      PERSON_ROLE_NOUNS.has(one) ||
      isAgentNoun(one) ||
      (t.cap && isPluralPeople(t.text)))
  );
};

/** The group of people (with its determiner) whose place the proper name `name` is, when the clause opens
 * on them and only prepositional phrases lie between; else null. */
export function groupBeforePlace(tokens: readonly Token[], name: Phrase, floor: number): Phrase | null {
  for (let k = name.first - 2; k >= floor && name.first - k <= MAX_WHERE; k--) {
    const t = tokens[k];
    if (!t?.word && !INNER_MARKS.has(t?.text ?? '')) return null; // (no comma, no clause between)
    const where = tokens[k + 1]?.lower ?? '';
    if (!t?.word || !people(t) || !(WHERE_PREPOSITIONS.has(where) || where === 'of')) continue;
    const first = k - 1 >= floor && DETERMINERS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
    // (the whole phrase: "Nurses at St Thomas' hospital in London")
    // (with an abbreviation's dot: "Diplomats at the U.N.")
    const last = isAbbrevDot(tokens, name.last + 1) ? name.last + 1 : name.last;
    return opensClause(tokens, { first, last: k, kind: 'unnamed' }, floor)
      ? { first, last, kind: 'unnamed' }
      : null;
  }
  return null;
}
