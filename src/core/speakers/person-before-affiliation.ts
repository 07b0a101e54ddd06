// "…, Dr. Priya Moorjani of the University of California, said": the person an appositive names before their
// affiliation (split from appositive.ts).
import { FIRST_NAMES } from '../lexicon/first-names';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { Token } from '../text/tokenize';
import { headBeforePlace } from './head-before-place';
import type { Phrase } from './speaker-phrase';

/** The person named, with a given name, before the affiliation the proper phrase p ends ("Priya Moorjani
 * of the University of California"; not a title, "Head of Research at ICICI Securities"), or null. */
export function personBeforeAffiliation(tokens: readonly Token[], p: Phrase, floor: number): Phrase | null {
  const head = headBeforePlace(tokens, p, floor, 0);
  if (head?.kind !== 'proper' || head.last >= p.first) return null;
  // ("Another analyst, Ayo Teriba of the University of Lagos,": a given name no list knows, after someone's
  // noun and its comma)
  const described = tokens[head.first - 1]?.text === ',' && isPersonNoun(tokens[head.first - 2]);
  const given = tokens.slice(head.first, head.last + 1).some((t) => t.cap && FIRST_NAMES.has(t.lower));
  return given || (described && head.last > head.first) ? head : null;
}

/** A lowercase noun for someone ("analyst", "expert"). */
const isPersonNoun = (t: Token | undefined): boolean =>
  !!t && !t.cap && (PERSON_ROLE_NOUNS.has(t.lower) || UNNAMED_SOURCE_NOUNS.has(t.lower));
