// An organisation's mention as found in a sentence; and "The UNSA-Ferroviaire union, the second-largest at the
// company, has not joined the strike. Its leader …": a name no lexicon knows, then its kind in lower case, is
// one organisation with that kind in its name.
import { FIRST_NAMES } from '../lexicon/first-names';
import { NAMED_KIND_NOUNS } from '../lexicon/org-kinds';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { isDemonym } from '../speakers/is-demonym';
import type { OrgMention } from './find-organizations';

/** The name at i…j after "the" goes on with its kind in lower case; no given name opens it, and it is no
 * people's adjective alone. */
export const kindAfter = (toks: readonly Token[], i: number, j: number): boolean =>
  toks[i - 1]?.lower === 'the' &&
  toks[j + 1]?.cap === false &&
  NAMED_KIND_NOUNS.has(tokenAt(toks, j + 1).lower) &&
  !FIRST_NAMES.has(tokenAt(toks, i).lower) &&
  !(i === j && isDemonym(tokenAt(toks, i).text)); // ("the Bavarian association" names none)

/** The mention of the organisation named at i…j: with its legal suffix's dot, or its kind after it. */
export function orgMention(
  toks: readonly Token[],
  i: number,
  j: number,
  name: string,
  how: { readonly dot: number; readonly group: boolean; readonly company: boolean; readonly kinded: boolean },
): OrgMention {
  const start = tokenAt(toks, i).start;
  if (how.kinded)
    return {
      start,
      end: tokenAt(toks, j + 1).end,
      name: `${name} ${tokenAt(toks, j + 1).text}`,
      plural: false,
    };
  const end = tokenAt(toks, j + how.dot).end;
  // (two literals, not spreads: this runs for every organisation of every article)
  return how.company
    ? { start, end, name, plural: how.group, cued: true }
    : { start, end, name, plural: how.group };
}
