// A role in apposition after a name, read back from the role: "Rachael Maskell, the MP for York Central, said",
// "Jane Doe, Chief Executive of Acme Corp, said". Split from appositive.ts.
import { FIRST_NAMES } from '../lexicon/first-names';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import type { Token } from '../text/tokenize';
import { opensClause } from './opens-clause';
import { isPartyTag, partyTagStart } from './party-tag';
import { phraseBefore, type Phrase } from './speaker-phrase';

/** "Rachael Maskell, the MP for York Central, said", "Tom Baker, the Labour MP, said": a capitalised phrase
 * after "the" whose words hold a role ("MP", "CEO", "Secretary") describes the name before its comma; without
 * "the", one whose head ends on the role ("Jane Doe, Chief Executive of Acme Corp, said") describes a person
 * named before it. */
export function nameBeforeRole(
  tokens: readonly Token[],
  inner: Phrase,
  floor: number,
  depth: number,
): Phrase | null {
  const opener = describedFrom(tokens, inner.first);
  const article = opener < inner.first;
  const comma = article ? opener - 1 : inner.first - 1;
  if (inner.kind !== 'proper' || tokens[comma]?.text !== ',') return null;
  const words = tokens.slice(inner.first, inner.last + 1);
  const upTo = words.findIndex((t) => AFFILIATION_PREPOSITIONS.has(t.lower));
  const head = upTo < 0 ? words : words.slice(0, upTo);
  const role = (t: Token | undefined): boolean => isRole(t) || PARTY_MEMBER_NOUNS.has(t?.lower ?? '');
  if (article ? !head.some(role) : !role(head.at(-1)) || head.some((t) => FIRST_NAMES.has(t.lower)))
    return null;
  // ("Sen. Ted Cruz, R-Texas, the committee's top Republican, said": past the party's tag)
  const tagged = isPartyTag(tokens, comma) && tokens[partyTagStart(tokens, comma) - 1]?.text === ',';
  const outer = phraseBefore(
    tokens,
    (tagged ? partyTagStart(tokens, comma) - 1 : comma) - 1,
    floor,
    depth + 1,
  );
  const person = (t: Token): boolean => FIRST_NAMES.has(t.lower) || TITLE_WORDS.has(t.lower);
  return outer?.kind === 'proper' &&
    opensClause(tokens, outer, floor) &&
    (article || tokens.slice(outer.first, outer.last + 1).some(person))
    ? outer
    : null;
}

const isRole = (t: Token | undefined): boolean =>
  t !== undefined && (PERSON_ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower));

/** Most lowercase words between a description's article and its capitalised head ("the committee's top"). */
const MAX_LEAD = 4;

/** Where the description whose capitalised part opens at `first` starts: its "the" right before it, or one
 * before a few lowercase words ("the committee's top Republican"), or those words after a comma ("president
 * and CEO of Acme"); `first` when there is none. */
function describedFrom(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= 0 && first - k <= MAX_LEAD + 1; k--) {
    const t = tokens[k];
    if (t?.lower === 'the') return k;
    if (t?.text === ',' && k < first - 1) return isRole(tokens[k + 1]) ? k + 1 : first;
    if (!t?.word || t.cap) return first;
  }
  return first;
}
