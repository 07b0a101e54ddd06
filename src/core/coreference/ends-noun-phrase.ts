// "dismissed by Village President Doug Harrelson.", not "surrounded by veteran Clinton haters": whether a name
// ends its noun phrase, so that a role before it is the name's after a preposition too (role-words.ts).
import { cueForm } from '../cues/find-cues';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { DISTINCT_PAST } from '../lexicon/past-verbs';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { tokenOrNone } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** The name ending at token `last` ends its noun phrase: no lowercase word follows it but a verb or a
 * preposition. */
export function endsNounPhrase(toks: readonly Token[], last: number): boolean {
  const next = tokenOrNone(toks, last + 1);
  if (!next?.word || next.cap) return true;
  const form = cueForm(next.lower)?.form;
  return (
    PREPOSITIONS.has(next.lower) ||
    FINITE_AUXILIARIES.has(next.lower) ||
    DISTINCT_PAST.has(next.lower) ||
    /\p{Ll}ed$/u.test(next.lower) ||
    form === 's' ||
    form === 'ed'
  );
}
