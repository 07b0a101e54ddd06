// "Jennifer Homendy, who chairs the National Transportation Safety Board, said": a relative clause that
// says what someone heads or founded gives their role, "chair of the National Transportation Safety Board".
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { ROLE_VERB_NOUNS } from '../lexicon/role-verbs';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { isAbbrevDot } from '../speakers/name-words';
import { nameText } from './name-span';

/** Most words of what the clause says they head ("the consumer watchdog office at U.S. PIRG"). */
const MAX_OBJECT = 10;
/** Prepositions that open when, not what ("founded the charity in 2010"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'since']);

/** A time after a preposition: a year, a day, a month ("in 2010", "on Monday", "in May"). */
const timeAt = (toks: readonly Token[], k: number): boolean =>
  TIME_PREPOSITIONS.has(tokenAt(toks, k).lower) &&
  (/^\d/.test(tokenAt(toks, k + 1).text) ||
    WEEKDAYS.has(tokenAt(toks, k + 1).lower) ||
    MONTHS.has(tokenAt(toks, k + 1).lower));

/** The role a ", who chairs …," clause after the name ending at token `last` gives, if it gives one. */
export function relativeRole(toks: readonly Token[], last: number): string | null {
  if (toks[last + 1]?.text !== ',' || toks[last + 2]?.lower !== 'who') return null;
  const noun = ROLE_VERB_NOUNS[tokenAt(toks, last + 3).lower];
  if (!noun) return null;
  const from = last + 4;
  let to = from;
  while (
    to < toks.length &&
    to - from < MAX_OBJECT &&
    (toks[to]?.word || isAbbrevDot(toks, to) || /^[’'&-]/.test(tokenAt(toks, to).text)) &&
    !timeAt(toks, to) &&
    // ("owns a repair shop and donated …": a second verb, not "Health and Human Services")
    !(tokenAt(toks, to).lower === 'and' && !tokenAt(toks, to + 1).cap)
  )
    to++;
  // the clause closes here (a comma, a stop), or goes on with a time or a second verb
  const ends = !toks[to]?.word || timeAt(toks, to) || tokenAt(toks, to).lower === 'and';
  return to > from && ends ? `${noun} of ${nameText(toks.slice(from, to))}` : null;
}
