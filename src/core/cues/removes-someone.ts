// "The mayor dismissed Okoro last week", "The Comets recalled goaltender Tyler Maddox", "recalled its
// ambassador": a person as the object of "dismiss" or "recall" is removed from a post or called back.
import { hasNonReportSense } from '../lexicon/cue-verbs';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { TIME_MODIFIERS } from '../lexicon/adjunct-words';
import { DAY_WORDS } from '../lexicon/calendar';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { isPossessive } from '../text/possessive';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';
import { CLOSE_MARKS } from '../statements/content-end';

/** A plural's possessive mark, a token of its own ("Sanders' accusations"). */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/** Most tokens of the object ("Wisconsin Gov. Scott Walker"). */
const MAX_OBJECT = 5;
/** Most capitalised words of the name after the verb ("Tyler Maddox"). */
const MAX_NAME = 3;

/** The verb's object is someone: a person's role noun (after its determiner) or a name that ends there,
 * before a stop, a preposition or a time ("dismissed Okoro last week"), not one owning what follows
 * ("dismissed Trump's claims", "dismissed Republican criticism"). */
function someoneAfter(w: TokenWindow): boolean {
  // (not an inverted attribution: "…, recalled Pereira.", "“…,” recalled Pereira")
  if (w.at(-1).text === ',' || CLOSE_MARKS.has(w.at(-1).text)) return false;
  // (nor someone recalled saying something, or dismissed as something: "recalls her editor telling her",
  // "dismissing Mr. Sloan as the wrong man")
  for (let n = 2; n <= MAX_OBJECT + 1; n++)
    if (w.word(n) === 'as' || /\p{Ll}ing$/u.test(w.word(n))) return false;
  // ("recalled goaltender Tyler Maddox", "recalled its ambassador"; not "recalled the figure of …")
  const k = w.in(1, POSSESSIVE_DETERMINERS) ? 2 : 1;
  if (w.in(k, PERSON_ROLE_NOUNS) || w.in(k, TITLE_WORDS)) return true;
  if (k !== 1 || !w.at(1).cap || !w.at(1).word) return false;
  let end = 1;
  while (end < MAX_NAME && w.at(end + 1).cap && w.at(end + 1).word) end++;
  const next = w.at(end + 1);
  // (not an owner: "Sanders' accusations")
  if (isPossessive(w.at(end).text) || APOSTROPHES.has(next.text)) return false;
  return (
    !next.word || PREPOSITIONS.has(next.lower) || TIME_MODIFIERS.has(next.lower) || DAY_WORDS.has(next.lower)
  );
}

export const REMOVES_SOMEONE_FILTER: CueFilter = {
  name: 'removes someone',
  reason: 'a person as the object of "dismiss" or "recall" is fired or called back, which reports no speech',
  example: 'The Comets [recalled] goaltender Tyler Maddox from their affiliate.',
  keeps: 'She [dismissed] the claims as nonsense.',
  rejects: (w, hit) => hasNonReportSense(hit.lemma, 'removal') && someoneAfter(w),
};
