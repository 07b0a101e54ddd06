// "Early Warning Services rejected the allegations", "Sandhu Claims Ltd said": a capitalised cue form
// between capitalised words is a word of a company's name, unless the sentence is a headline ("Clinton
// Calls Trump a Liar"), whose capitals go on, or end it.
import { TITLE_SMALL_WORDS } from '../lexicon/statement-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** Most capitalised words after the form that may end a name before the sentence goes on in lower case. */
const MAX_NAME_AFTER = 2;

/** One or two capitalised words after the form, then a lowercase word no headline writes in lower case
 * ("Early Warning Services rejected …", not "Trump Says Fed Should Cut Rates" or "Calls Trump a Liar"). */
function nameGoesOn(w: TokenWindow): boolean {
  let k = 1;
  while (k <= MAX_NAME_AFTER + 1 && w.at(k).word && w.at(k).cap) k++;
  const next = w.at(k);
  if (k <= 1 || k > MAX_NAME_AFTER + 1) return false;
  // ("a regional manager with Front Range Claims Services, an adjusting firm": set off by a comma in a
  // sentence written in lower case, no headline)
  if (next.text === ',') return proseBefore(w);
  return /^\p{Ll}/u.test(next.text) && !TITLE_SMALL_WORDS.has(next.lower);
}

/** Most tokens read back for a word in lower case. */
const PROSE_REACH = 8;

/** A word in lower case no headline writes so, before the name: the sentence is prose. */
function proseBefore(w: TokenWindow): boolean {
  for (let k = -2; k >= -PROSE_REACH && w.has(k); k--)
    if (w.at(k).word && /^\p{Ll}/u.test(w.at(k).text) && !TITLE_SMALL_WORDS.has(w.at(k).lower)) return true;
  return false;
}

export const INSIDE_A_NAME_FILTER: CueFilter = {
  name: 'capitalised inside a name',
  reason:
    'a capitalised form between two capitalised words is a word of their name when at most one more capitalised word and then a lowercase verb or noun follow, or a comma in a sentence written in lower case (a headline goes on in capitals, or ends)',
  example: 'Early [Warning] Services rejected the allegations.',
  keeps: 'Clinton [Calls] Trump a Liar',
  rejects: (w) => w.at(0).cap && w.at(-1).cap && w.at(-1).word && nameGoesOn(w),
};
