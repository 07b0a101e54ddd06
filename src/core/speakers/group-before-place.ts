// "Some Albertans at a gas station in south Edmonton said", "Nurses at St Thomas' hospital in London told",
// "Neighbours on Harehills Lane said", "Residents of a 19-storey tower block in Eastmere say": a group of people opening the clause, then phrases saying where they
// are; the group speaks, not the place named last.
import { DETERMINERS, NON_DESCRIPTOR_WORDS } from '../lexicon/subject-words';
import { SUBORDINATORS, WHERE_PREPOSITIONS } from '../lexicon/clause-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
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
  // (no comma, no clause between: "his two sisters in the gallery moments after Judge Lorraine Haskett")
  if (SUBORDINATORS.has(tokens[name.first - 1]?.lower ?? '')) return null;
  for (let k = name.first - 2; k >= floor && name.first - k <= MAX_WHERE; k--) {
    const t = tokens[k];
    if ((!t?.word && !INNER_MARKS.has(t?.text ?? '')) || SUBORDINATORS.has(t?.lower ?? '')) return null;
    const where = tokens[k + 1]?.lower ?? '';
    if (!t?.word || !people(t) || !(WHERE_PREPOSITIONS.has(where) || where === 'of')) continue;
    // (the whole phrase: "Nurses at St Thomas' hospital in London")
    // (with an abbreviation's dot: "Diplomats at the U.N.")
    const last = isAbbrevDot(tokens, name.last + 1) ? name.last + 1 : name.last;
    // ("even as central bankers on both sides of the Atlantic insist": one lowercase modifier before the noun)
    const modified = k - 1 >= floor && modifier(tokenAt(tokens, k - 1), k - 1 === floor) ? [k, k - 1] : [k];
    for (const from of modified) {
      const first = from - 1 >= floor && DETERMINERS.has(tokens[from - 1]?.lower ?? '') ? from - 1 : from;
      if (opensClause(tokens, { first, last: k, kind: 'unnamed' }, floor))
        return { first, last, kind: 'unnamed' };
    }
    return null;
  }
  return null;
}

/** An adjective-like word ("central", "local"; capitalised only opening the sentence): no function word, no
 * verb's or adverb's ending. */
const modifier = (t: Token, opening: boolean): boolean =>
  t.word && (!t.cap || opening) && !NON_DESCRIPTOR_WORDS.has(t.lower) && !/(?:ly|ed|ing|s)$/.test(t.lower);
