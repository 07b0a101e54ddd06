// Where a subject is, and who: "authorities in Beijing announced" (the place after "in" is where), "Nurses at
// St Thomas' hospital in London told" (people where a place is), "One House Republican said". Split from
// speaker-phrase.ts.
import { ORG_APPOSITION_HEADS } from '../lexicon/company-trades';
import { ORG_HEADS } from '../lexicon/org-heads';
import { PLACES } from '../lexicon/places';
import { PLACE_PART_WORDS } from '../lexicon/regions';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { countedMember } from './counted-member';
import { isNameWordAt, properBack } from './name-words';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { singularOf } from '../text/singular-of';
import { isAgentNoun } from '../text/agent-noun';
import { isAcronym, isOrganizationName } from './organization-name';
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
  // ("growers in far north Queensland": back past the lowercase words for the place's part)
  while (!tokenAt(tokens, at).cap && PLACE_PART_WORDS.has(tokenAt(tokens, at).lower)) at--;
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
  const before = where ? headBeforePlace(tokens, { ...name, first: at + 1 }, floor, depth) : null;
  return (
    groupBeforePlace(tokens, name, floor) ??
    countedMember(tokens, name) ??
    sentenceCased(tokens, before, name) ??
    name
  );
}

/** "Supermarkets in Kingston": a plural capitalised only by the sentence's start is no name; the people
 * where the place is are unnamed, place and all (as "Officials in Kingston" are). */
const sentenceCased = (tokens: readonly Token[], head: Phrase | null, name: Phrase): Phrase | null =>
  head?.kind === 'proper' &&
  head.first === head.last &&
  !tokenAt(tokens, head.first - 1).word &&
  /[^s]s$/.test(tokenAt(tokens, head.first).lower)
    ? { first: head.first, last: name.last, kind: 'unnamed' }
    : head;

/** The name after "in" at `at` is where the subject is: a place, or a name no lexicon knows after an
 * organisation's name ("the National Weather Service in Buffalo"). */
function placeAfterIn(tokens: readonly Token[], name: Phrase, at: number): boolean {
  const before = tokenAt(tokens, at - 1);
  // ("the Department of Foreign Affairs and Trade in Canberra": after an organisation's whole name too)
  // (when that name is the subject itself: "A spokesman for Volkswagen in Wolfsburg" is where he is)
  const owner: Phrase = { first: properBack(tokens, at - 1, 0), last: at - 1, kind: 'proper' };
  const opening = !PREPOSITIONS.has(tokens[owner.first - 1]?.lower ?? '');
  return (
    PLACES.has(phraseText(tokens, name).toLowerCase()) ||
    (before.cap &&
      (ORG_HEADS.has(before.lower) || (opening && isOrganizationName(phraseText(tokens, owner)))))
  );
}

/** A lowercase word for a person or a body right before the "in" at `at` ("spokesperson in", "China's
 * embassy in", "Women's groups in", "Sugar cane growers in", "Supermarkets in" opening the sentence), or an
 * organisation's acronym ("The ANC in"). */
function personBefore(tokens: readonly Token[], at: number): boolean {
  const before = tokenAt(tokens, at - 1);
  const noun = singularOf(before.lower);
  const lower = !before.cap || !tokenAt(tokens, at - 2).word;
  const people =
    PERSON_ROLE_NOUNS.has(before.lower) ||
    UNNAMED_SOURCE_NOUNS.has(before.lower) ||
    ORG_HEADS.has(noun) ||
    ORG_APPOSITION_HEADS.has(noun) ||
    (noun !== before.lower && (PERSON_ROLE_NOUNS.has(noun) || isAgentNoun(noun)));
  return (lower && people) || isAcronym(before.text);
}
