// Where a subject is, and who: "authorities in Beijing announced" (the place after "in" is where), "Nurses at
// St Thomas' hospital in London told" (people where a place is), "One House Republican said". Split from
// speaker-phrase.ts.
import { ORG_HEADS } from '../lexicon/org-heads';
import { PLACES } from '../lexicon/places';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { countedMember } from './counted-member';
import { isNameWordAt } from './name-words';
import { singularOf } from '../text/singular-of';
import { describedName } from './described-name';
import { groupBeforePlace } from './group-before-place';
import { headBeforePlace } from './head-before-place';
import { phraseText } from './opens-clause';
import type { Phrase } from './speaker-phrase';

/** "authorities in Beijing announced": a place after "in" is where the subject is, not the subject; people
 * where a place is speak with it ("Nurses at St Thomas' hospital in London told"); a counted party member is
 * unnamed ("One House Republican"). Else the name itself. */
export function placedSubject(tokens: readonly Token[], name: Phrase, floor: number, depth: number): Phrase {
  if (depth > 0) return countedMember(tokens, name) ?? name;
  let at = tokens[name.first - 1]?.lower === 'the' ? name.first - 2 : name.first - 1;
  // ("officials in McAllen and Brownsville": back past the other place an "and" joins; not past a comma,
  // which may close the clause before the subject: "Speaking in Piraeus, Aggelidou and Choulis said")
  if (tokens[at]?.lower === 'and' && isNameWordAt(tokens, at - 1)) {
    at--;
    while (isNameWordAt(tokens, at)) at--;
  }
  const place = tokens[at]?.lower === 'in' && placeAfterIn(tokens, name, at);
  const head = place ? headBeforePlace(tokens, name, floor, depth) : null;
  if (head) return describedName(tokens, head, floor, depth) ?? head;
  // ("A WFP spokesperson in Islamabad": a name after someone in it is where they are)
  const where = tokens[at]?.lower === 'in' && personBefore(tokens, at);
  return (
    groupBeforePlace(tokens, name, floor) ??
    countedMember(tokens, name) ??
    (where ? headBeforePlace(tokens, { ...name, first: at + 1 }, floor, depth) : null) ??
    name
  );
}

/** The name after "in" at `at` is where the subject is: a place, or a name no lexicon knows after an
 * organisation's name ("the National Weather Service in Buffalo"). */
function placeAfterIn(tokens: readonly Token[], name: Phrase, at: number): boolean {
  const before = tokenAt(tokens, at - 1);
  return PLACES.has(phraseText(tokens, name).toLowerCase()) || (before.cap && ORG_HEADS.has(before.lower));
}

/** A lowercase word for a person or a body right before the "in" at `at` ("spokesperson in", "China's
 * embassy in", "Women's groups in"). */
function personBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokenAt(tokens, at - 1);
  const noun = singularOf(before.lower);
  return (
    !before.cap &&
    (PERSON_ROLE_NOUNS.has(before.lower) || UNNAMED_SOURCE_NOUNS.has(before.lower) || ORG_HEADS.has(noun))
  );
}
