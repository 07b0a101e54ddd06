// Nouns for people in the plural, the groups that speak ("Nurses at St Thomas' hospital said", "doctors and
// pharmacists said").
import { COLLECTIVE_NOUNS } from '../lexicon/subject-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import type { Token } from '../text/tokenize';
import { singularOf } from '../text/singular-of';
import { isAgentNoun } from '../text/agent-noun';
import { isPluralPeople } from './plural-people';

/** People in the plural: a source noun ("officials"), a role's or trade's plural ("nurses", "medics"), a
 * nation's people ("Syrians"), a body of them ("staff", "crew"). */
export const peopleNoun = (t: Token): boolean => {
  const one = singularOf(t.lower);
  return (
    COLLECTIVE_NOUNS.has(t.lower) ||
    (one !== t.lower &&
      (UNNAMED_SOURCE_NOUNS.has(t.lower) ||
        PERSON_ROLE_NOUNS.has(one) ||
        isAgentNoun(one) ||
        (t.cap && isPluralPeople(t.text))))
  );
};
