// "Meta, TikTok and Snap": an unknown name listed with organisations is one too, so that "Snap said" later
// is the company, not a person called Snap.
import { FIRST_NAMES } from '../lexicon/first-names';
import { LIST_JOINS } from '../lexicon/organizations';
import { isNameWord } from '../speakers/name-words';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import type { OrgMention } from './find-organizations';

/** One-word names in a list ("A, B and C") whose other members are at least two organisations found
 * already (`found`, this sentence's); none that is a given name. */
export function orgsInLists(toks: readonly Token[], found: readonly OrgMention[]): OrgMention[] {
  const known = new Set(found.map((m) => m.start));
  const out: OrgMention[] = [];
  let members: number[] = [];
  const close = (): void => {
    const orgs = members.filter((k) => known.has(tokenAt(toks, k).start));
    if (orgs.length >= 2 && members.length > orgs.length)
      for (const k of members)
        if (!known.has(tokenAt(toks, k).start) && lone(toks, k) && !FIRST_NAMES.has(tokenAt(toks, k).lower))
          out.push({
            start: tokenAt(toks, k).start,
            end: tokenAt(toks, k).end,
            name: tokenAt(toks, k).text,
            plural: false,
          });
    members = [];
  };
  for (let i = 0; i < toks.length; i++) {
    if (!isNameWord(tokenAt(toks, i))) continue;
    let j = i;
    while (toks[j + 1] && isNameWord(tokenAt(toks, j + 1))) j++;
    const joined = members.length > 0 && joinsList(toks, members.at(-1) ?? 0, i);
    if (!joined) close();
    members.push(i);
    i = j;
  }
  close();
  return out;
}

/** The run at k is one word. */
const lone = (toks: readonly Token[], k: number): boolean =>
  !toks[k + 1] || !isNameWord(tokenAt(toks, k + 1));

/** Between the run that starts at `prev` and the one at `next` only a comma, a joiner, or both. */
function joinsList(toks: readonly Token[], prev: number, next: number): boolean {
  let k = prev;
  while (toks[k + 1] && isNameWord(tokenAt(toks, k + 1))) k++;
  const between = toks.slice(k + 1, next).map((t) => t.lower);
  return (
    between.length > 0 &&
    between.length <= 2 &&
    between.every((w, n) => (w === ',' && n === 0) || LIST_JOINS.has(w))
  );
}
