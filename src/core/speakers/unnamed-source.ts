// A speaker phrase that names nobody in particular: an unnamed source ("senior officials", "a person
// familiar with the talks") or, in lower case after "according to", an unknown one ("the polling average").
import { surnameAfterGivenName, surnameAfterNameWords } from './surname-after-given';
import { GROUP_NOUNS } from '../lexicon/group-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { ANONYMITY_WORDS, RELATION_NOUNS } from '../lexicon/unnamed-sources';
import { INDEFINITE_OPENERS } from '../lexicon/speaker-phrase-words';
import { openingWord } from '../text/opening-word';
import { itemAt } from '../text/item-at';
import type { Classified } from './classify-speaker';
import { TAIL_PREPOSITIONS } from './organization-name';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { WHERE_PREPOSITIONS } from '../lexicon/clause-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { isPortfolioWord } from './office-holder-at';

/** A word that starts the tail after a phrase's head: a preposition (not "of"), "who", or a participle. */
const startsTail = (w: string): boolean =>
  TAIL_PREPOSITIONS.has(w) ||
  ANONYMITY_WORDS.has(w) ||
  (w !== 'of' && PREPOSITIONS.has(w)) ||
  w === 'who' ||
  (/^\p{Ll}{3,}ing$/u.test(w) && !TITLE_WORDS.has(w)); // (not "chief operating officer")

/** "spokesperson on tourism Senator Janice Allen-McLean": the lowercase words of a portfolio after the "on" or
 * "for" at `at`, then a name; what the role is for, not where the source is. */
function portfolioAfter(words: readonly string[], at: number): boolean {
  let n = at + 1;
  while (n < words.length && /^\p{Ll}/u.test(itemAt(words, n)) && isPortfolioWord(itemAt(words, n))) n++;
  return n > at + 1 && /^\p{Lu}/u.test(words[n] ?? '');
}

/** An unnamed source ("senior officials", "a person familiar with the talks"), or for an "according to"
 * phrase in lower case, an unknown one ("public records"); null for a phrase that may name someone. */
export function unnamedSource(
  text: string,
  words: readonly string[],
  kind: 'proper' | 'unnamed' | 'raw',
): Classified | null {
  // ("Matthew Friend", "Anna Guest", "Tran Phuoc Son": a source noun capitalised after a given name, or after
  // two name words, is a surname)
  const surname =
    words.length >= 2 &&
    (surnameAfterGivenName(itemAt(words, words.length - 2), itemAt(words, words.length - 1)) ||
      surnameAfterNameWords(words)) &&
    !/^the\s/i.test(text); // ("the Philippine Star": a thing's name)
  const headLower = surname ? '' : itemAt(words, words.length - 1).toLowerCase();
  // "people familiar with their thinking", "the photographer on the scene": the head before its tail
  // ("a source on the call", "a strategist monitoring the race", "a man who lives nearby")
  const tail = words.findIndex((w, i) => i > 0 && startsTail(w));
  const core = tail > 0 ? itemAt(words, tail - 1).toLowerCase() : headLower;
  const someone =
    UNNAMED_SOURCE_NOUNS.has(headLower) ||
    UNNAMED_SOURCE_NOUNS.has(core) ||
    UNNAMED_SOURCE_NOUNS.has(`${core}s`) || // ("an attendee")
    PERSON_ROLE_NOUNS.has(core) ||
    RELATION_NOUNS.has(core);
  const lower = /^\p{Ll}/u.test(itemAt(words, 0));
  // ("Tenants at a building on Quincy Street", "Republicans who critiqued the speech": people, then where they
  // are or what they did)
  const placed =
    tail > 0 &&
    (WHERE_PREPOSITIONS.has(itemAt(words, tail)) || itemAt(words, tail) === 'who') &&
    (/^\p{Ll}/u.test(itemAt(words, tail - 1)) || (tail === 1 && core.endsWith('s'))) &&
    (UNNAMED_SOURCE_NOUNS.has(core) || GROUP_NOUNS.has(core)) &&
    !portfolioAfter(words, tail);
  if (
    kind === 'unnamed' ||
    placed ||
    UNNAMED_SOURCE_NOUNS.has(headLower) ||
    GROUP_NOUNS.has(headLower) ||
    INDEFINITE_OPENERS.has(openingWord(text)) ||
    (kind === 'raw' && someone && lower)
  )
    return { type: kind === 'raw' && !someone ? 'unknown' : 'unnamed', name: text, role: null };
  return kind === 'raw' && !/^\p{Lu}/u.test(itemAt(words, 0))
    ? { type: 'unknown', name: text, role: null }
    : null;
}

/** "A Department of Health spokesperson", "an Acme Corp. engineer": someone's role heads the phrase in lower
 * case after "a", whatever organisation describes them; they are an unnamed source, not that organisation. */
export function roleOfSomeone(text: string, words: readonly string[]): boolean {
  const head = itemAt(words, words.length - 1);
  return (
    /^\p{Ll}/u.test(head) &&
    (PERSON_ROLE_NOUNS.has(head) || UNNAMED_SOURCE_NOUNS.has(head)) &&
    INDEFINITE_OPENERS.has(openingWord(text))
  );
}
