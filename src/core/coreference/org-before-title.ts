// "Boeing Chief Executive Dave Calhoun", "Apple CEO Tim Cook": an organisation's name opening a
// person's title is a mention of the organisation, so "the company said" after it can reach it.
import { TITLE_WORDS } from '../lexicon/titles';
import { TITLE_MODIFIERS } from '../lexicon/title-kinds';
import { classifyPhrase } from '../speakers/classify-speaker';
import { isKnownOrgName, isOrganizationName } from '../speakers/organization-name';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import type { OrgMention } from './find-organizations';

/** A person's name run at tokens i…j: the token to go on from, and the organisation named in it, if any. */
export function personsOrg(
  toks: readonly Token[],
  i: number,
  j: number,
  words: readonly string[],
  name: string,
): { next: number; org?: OrgMention } | null {
  // "Jamon Van Den Hoek of Oregon State University": a person of an organisation; the organisation is read
  // on its own from the token after "of"
  const of = words.indexOf('of');
  const owner = of > 0 ? 0 : orgBeforeTitle(words);
  if ((of <= 0 && owner === 0) || classifyPhrase(name, 'proper').type !== 'person') return null;
  if (of > 0) return { next: i + of };
  const org = { start: tokenAt(toks, i).start, end: tokenAt(toks, i + owner - 1).end, plural: false };
  return { next: j, org: { ...org, name: words.slice(0, owner).join(' ') } };
}

/** How many of `words` (a person's name run with a title) name the organisation before the title; 0 if none. */
function orgBeforeTitle(words: readonly string[]): number {
  const title = words.findIndex((w, k) => k > 0 && /^\p{Lu}/u.test(w) && TITLE_WORDS.has(w.toLowerCase()));
  if (title < 1) return 0;
  // ("Senate Majority Leader Mitch McConnell": an office's own words are its title, not an owner)
  if (words.slice(0, title).every((w) => TITLE_MODIFIERS.has(w.toLowerCase()))) return 0;
  const org = words.slice(0, title).join(' ');
  return isKnownOrgName(org) || isOrganizationName(org) ? title : 0;
}
