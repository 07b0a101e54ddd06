// Whether a name before a cue is the object of an affiliation ("A spokeswoman for Health Canada said"), so
// the speaker is the head before it. Split from cue-speaker.ts.
import { FIRST_NAMES } from '../lexicon/first-names';
import { ORG_HEADS } from '../lexicon/org-heads';
import { NAMED_ORG_HEADS } from '../lexicon/org-kinds';
import { AFFILIATION_PREPOSITIONS, OF_OWNER_HEADS } from '../lexicon/statement-words';
import { OFFICE_LEVELS } from '../lexicon/title-kinds';
import { relationTo } from '../speakers/phrase-heads';
import { isNameWordAt } from '../speakers/name-words';
import type { Phrase } from '../speakers/speaker-phrase';
import { singularOf } from '../text/singular-of';
import { linkBefore } from '../speakers/head-before-place';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** The proper phrase p follows an affiliation ("with the Nova Scotia Health Authority", "Mr. Morgan of
 * the Sierra Club"), not an "of" after a stand-in for it ("the government of Costa Rica"). */
export function followsPreposition(toks: readonly Token[], p: Phrase): boolean {
  if (p.kind !== 'proper') return false;
  // ("A spokesman for federal Housing Minister Clare O'Neil": the office's level is no part of its name)
  let first = OFFICE_LEVELS.has(toks[p.first - 1]?.lower ?? '') ? p.first - 1 : p.first;
  // ("A spokeswoman for NHS Greater Glasgow and Clyde": back over a name's "and" to the name it joins; not
  // from a person's name, "Immigration and Citizenship Dan Tehan")
  if (tokenAt(toks, first - 1).lower === 'and' && isNameWordAt(toks, first - 2) && !namesPerson(toks, p)) {
    first -= 2;
    while (isNameWordAt(toks, first - 1)) first--;
  }
  const b = linkBefore(toks, first);
  const prep = tokenAt(toks, b).lower;
  return (
    (AFFILIATION_PREPOSITIONS.has(prep) || relationTo(toks, b) || bodyIn(toks, b)) &&
    !(prep === 'of' && OF_OWNER_HEADS.has(tokenAt(toks, b - 1).lower))
  );
}

/** A given name opens or sits inside a phrase of two words or more. */
const namesPerson = (toks: readonly Token[], p: Phrase): boolean =>
  p.last > p.first && toks.slice(p.first, p.last + 1).some((t) => FIRST_NAMES.has(t.lower));

/** "the Indian embassy in Colombo", "The OSCE mission in Sarajevo", "A spokesman for Volkswagen in
 * Wolfsburg": the place after a body's lowercase noun, or after a name an affiliation names, is where the
 * body is, and the affiliation is the body's. */
function bodyIn(toks: readonly Token[], b: number): boolean {
  if (tokenAt(toks, b).lower !== 'in') return false;
  const noun = tokenAt(toks, b - 1);
  const body = singularOf(noun.lower);
  if (!noun.cap) return ORG_HEADS.has(body) || NAMED_ORG_HEADS.has(body);
  let k = b - 1;
  while (isNameWordAt(toks, k - 1)) k--;
  if (tokenAt(toks, k - 1).lower === 'the') k--;
  const prep = tokenAt(toks, k - 1).lower;
  return AFFILIATION_PREPOSITIONS.has(prep) && prep !== 'of';
}
