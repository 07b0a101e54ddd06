// "Kate Bell of the Trades Union Congress", "Dan Ives of Wedbush Securities": where someone works, named
// right after their name with "of", is their role when nothing else gives one.
import { isOrganizationName } from '../speakers/organization-name';
import { isNameWord } from './name-run';
import { nameText } from './name-span';
import type { Token } from '../text/tokenize';
import { growAt } from './find-organizations';
import { PLACES } from '../lexicon/places';

/** Most tokens of the organisation's name ("Trades Union Congress"). */
const MAX_ORG_TOKENS = 8;

/** The organisation named by "of (the) …" right after the name ending at token j, or null. */
export function affiliationAfter(toks: readonly Token[], j: number): string | null {
  if (toks[j + 1]?.lower !== 'of') return null;
  const from = toks[j + 2]?.lower === 'the' ? j + 3 : j + 2;
  if (!isNameWord(toks[from])) return null;
  // ("the James Martin Center for Nonproliferation Studies": through the joiners inside the name)
  let to = from;
  for (let step = growAt(toks, to); step > 0 && to - from < MAX_ORG_TOKENS; step = growAt(toks, to))
    to += step;
  const org = nameText(toks.slice(from, to + 1));
  // ("Gov. Earl Ray Tomblin of West Virginia": a place is where they serve, not who they work for)
  // (nor an owner: "of the University of Ghana's business school" is no "University of Ghana's")
  const owner = /['’]s?$/.test(org);
  return isOrganizationName(org) && !PLACES.has(org.toLowerCase()) && !owner ? org : null;
}
