// "Kestrel's chief executive, Marcus Reyes, a former Army Ranger, said": of two descriptions in apposition,
// the office the clause opens on is the role, over an aside after the name on what they were or their party
// ("a Social Democrat"); not kin ("His brother, …") or someone's relation, nor an "its" whose owner the card
// may not know ("Its chief executive, …").
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { FAMILY_NOUNS } from '../lexicon/unnamed-sources';
import { withoutPossessive } from '../text/possessive';

/** Most words of a party member's aside ("a Social Democrat"). */
const MAX_PARTY_WORDS = 3;

/** The description before the name (`pre`) is the role rather than the one after it (`post`). */
export function officeOverAside(pre: string, post: string): boolean {
  const head = withoutPossessive(pre.toLowerCase().split(/\s+/).at(-1) ?? '');
  const office = (PERSON_ROLE_NOUNS.has(head) || TITLE_WORDS.has(head)) && !FAMILY_NOUNS.has(head);
  const words = post.toLowerCase().split(/\s+/);
  const aside =
    words[0] === 'former' ||
    words[1] === 'former' ||
    (words.length <= MAX_PARTY_WORDS && PARTY_MEMBER_NOUNS.has(words.at(-1) ?? ''));
  return office && aside && !/^its\s/i.test(pre);
}
