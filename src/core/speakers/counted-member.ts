// "One House Republican said", "A Labour MP told": a party's member or an office counted by "one" or "a" is an
// unnamed source, not a person whose name ends on the party.
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { INDEFINITE_OPENERS } from '../lexicon/speaker-phrase-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import type { Phrase } from './speaker-phrase';

/** The proper phrase `name` with the "one" or "a" before it, as an unnamed source, when it closes on a party's
 * member or an office's initials; else null. */
export function countedMember(tokens: readonly Token[], name: Phrase): Phrase | null {
  const last = tokenAt(tokens, name.last);
  const member =
    PARTY_MEMBER_NOUNS.has(last.lower) ||
    (/^\p{Lu}{2,4}$/u.test(last.text) && PERSON_ROLE_NOUNS.has(last.lower));
  return member && INDEFINITE_OPENERS.has(tokens[name.first - 1]?.lower ?? '')
    ? { first: name.first - 1, last: name.last, kind: 'unnamed' }
    : null;
}
