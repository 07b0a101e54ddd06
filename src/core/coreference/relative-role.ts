// "Jennifer Homendy, who chairs the National Transportation Safety Board, said": a relative clause that
// says what someone heads or founded gives their role, "chair of the National Transportation Safety Board".
import { MONTHS, TIME_UNITS, WEEKDAYS } from '../lexicon/calendar';
import {
  ROLE_AS_VERBS,
  ROLE_CLAUSE_VERBS,
  ROLE_LINK_VERBS,
  ROLE_PERFECT_NOUNS,
  ROLE_TASK_NOUNS,
  ROLE_VERB_NOUNS,
} from '../lexicon/role-verbs';
import { described } from './description-words';
import { isPossessive } from '../text/possessive';
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { isAbbrevDot } from '../speakers/name-words';
import { nameText } from './name-span';

/** Most words of what the clause says they head ("the consumer watchdog office at U.S. PIRG"). */
const MAX_OBJECT = 10;
/** Words that date what someone led to before the story ("the last three summits", "the previous inquiry"). */
const PAST_MARKERS: ReadonlySet<string> = new Set(['earlier', 'last', 'past', 'previous']);
/** Prepositions that open when, not what ("founded the charity in 2010"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['between', 'from', 'in', 'on', 'since', 'until']);

/** A time after a preposition: a year, a day, a month ("in 2010", "on Monday", "in May"), or how long ("for a
 * decade", "for 20 years"). */
const timeAt = (toks: readonly Token[], k: number): boolean =>
  (TIME_PREPOSITIONS.has(tokenAt(toks, k).lower) &&
    (/^\d/.test(tokenAt(toks, k + 1).text) ||
      WEEKDAYS.has(tokenAt(toks, k + 1).lower) ||
      MONTHS.has(tokenAt(toks, k + 1).lower))) ||
  (tokenAt(toks, k).lower === 'for' && TIME_UNITS.has(tokenAt(toks, k + 2).lower));

/** The role a ", who chairs …," clause after the name ending at token `last` gives, if it gives one. */
export function relativeRole(toks: readonly Token[], last: number): string | null {
  if (toks[last + 1]?.text !== ',' || toks[last + 2]?.lower !== 'who') return null;
  const verb = tokenAt(toks, last + 3).lower;
  if (ROLE_AS_VERBS.has(verb) && tokenAt(toks, last + 4).lower !== 'as') return null;
  if (Object.hasOwn(ROLE_LINK_VERBS, verb)) return linkedRole(toks, last + 3);
  if (ROLE_CLAUSE_VERBS.has(verb)) return workPlace(toks, last + 3);
  // ("who has run Ethio Telecom since 2018": held to this day)
  const perfect = verb === 'has';
  const v = perfect ? last + 4 : last + 3;
  const nouns = perfect ? ROLE_PERFECT_NOUNS : ROLE_VERB_NOUNS;
  const word = tokenAt(toks, v).lower;
  const noun = Object.hasOwn(nouns, word) ? nouns[word] : undefined;
  if (!noun) return null;
  const to = objectEnd(toks, v + 1);
  // ("who led a vigil for the victims": what someone once led with "a" was an event, not an office)
  if (/^former\s/.test(noun) && INDEFINITE_ARTICLES.has(tokenAt(toks, v + 1).lower)) return null;
  // ("who runs 4,000 merino sheep": a count run is a herd or a flock, not an organisation headed)
  if (word === 'runs' && /^\d/.test(tokenAt(toks, v + 1).text)) return null;
  if (to <= 0) return null;
  const object = toks.slice(v + 1, to);
  // ("who led the investigation": the task of the story; not "who managed Bob Dole's 1996 campaign")
  const task =
    object.some((t) => !t.cap && ROLE_TASK_NOUNS.has(t.lower)) &&
    !object.some((t) => /^\d{4}$/.test(t.text) || PAST_MARKERS.has(t.lower));
  return `${task ? noun.replace(/^former\s/, '') : noun} of ${nameText(object)}`;
}

/** "…, who teaches election law at the state university,", "…, who covers large-cap pharma for Leerink
 * Partners,": the clause from its verb, when it says where (at) or for whom (for) and closes there. */
function workPlace(toks: readonly Token[], verb: number): string | null {
  const to = objectEnd(toks, verb + 1);
  const at = toks.findIndex((t, k) => k > verb && k < to - 1 && (t.lower === 'at' || t.lower === 'for'));
  return at > 0 ? nameText(toks.slice(verb, to)) : null;
}

/** "…, who served as the mayor's chief of staff until 2021,", "…, who was then the lead negotiator for …,": the
 * description the linking verb at `verb` gives, a past one as "former". */
function linkedRole(toks: readonly Token[], verb: number): string | null {
  let from = verb + 1;
  if (tokenAt(toks, from).lower === 'as') from++;
  if (tokenAt(toks, from).lower === 'then' || tokenAt(toks, from).lower === 'also') from++;
  const to = objectEnd(toks, from);
  const role = to > 0 ? described(toks, from, to) : null;
  if (!role) return null;
  const bare = role.replace(/^the\s/, '');
  if (ROLE_LINK_VERBS[tokenAt(toks, verb).lower] !== 'past' || /^former\s/.test(bare)) return role;
  // ("Voss's former finance director", "Mitt Romney's former chief strategist": after its owner's name)
  const words = bare.split(' ');
  const owner = words.findIndex(
    (w, k) => isPossessive(w) && words.slice(0, k + 1).every((o) => /^\p{Lu}/u.test(o)),
  );
  return owner < 0
    ? `former ${bare}`
    : [...words.slice(0, owner + 1), 'former', ...words.slice(owner + 1)].join(' ');
}

/** Where the clause's object from `from` ends, when the clause closes there or goes on with a time or a
 * second verb; -1 when it does not. */
function objectEnd(toks: readonly Token[], from: number): number {
  let to = from;
  while (
    to < toks.length &&
    to - from < MAX_OBJECT &&
    (toks[to]?.word || isAbbrevDot(toks, to) || /^[’'&-]/.test(tokenAt(toks, to).text)) &&
    !timeAt(toks, to) &&
    // ("owns a repair shop and donated …": a second verb, not "Health and Human Services" nor "search and
    // rescue operations": a bare noun's pair, right after the verb)
    !(tokenAt(toks, to).lower === 'and' && !tokenAt(toks, to + 1).cap && to - from !== 1)
  )
    to++;
  // the clause closes here (a comma, a stop), or goes on with a time or a second verb
  const ends = !toks[to]?.word || timeAt(toks, to) || tokenAt(toks, to).lower === 'and';
  return to > from && ends ? to : -1;
}
