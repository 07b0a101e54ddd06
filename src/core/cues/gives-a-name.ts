// "a sedative called clonazepam", "Originally called Pinewood Forest, the town …", "the gatherings …, called
// the Clinton Global Initiative, that …": a naming verb that gives a name, which reports nothing.
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import { GROUP_NOUNS } from '../lexicon/group-nouns';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import type { TokenWindow } from '../text/token-window';

/** Most words of a name given. */
const MAX_NAME_GIVEN = 4;

/** A lowercase noun before the verb, and only capitalised words after it up to a stop or comma. */
export function givesAName(w: TokenWindow): boolean {
  const before = w.at(-1);
  // ("Originally called Pinewood Forest, the town …": an adverb opening the sentence before it too)
  const opening = !w.has(-2) && /^\p{Lu}\p{Ll}+ly$/u.test(before.text);
  // ("the gatherings …, called the Clinton Global Initiative, that …": a name set off by commas)
  if (before.text === ',' && w.word(1) === 'the') return theName(w);
  if (!before.word || (!opening && (before.cap || !/^\p{Ll}+$/u.test(before.text)))) return false;
  let k = 1;
  while (k <= MAX_NAME_GIVEN && w.at(k).word && w.at(k).cap) k++;
  // "a sedative called clonazepam, …": one lowercase word standing alone is a name too, after a thing
  // ("a bill that critics called anti-gay" reports)
  const people = UNNAMED_SOURCE_NOUNS.has(before.lower) || GROUP_NOUNS.has(before.lower);
  if (k === 1 && w.at(1).word && !people && !OBJECT_PRONOUNS.has(w.at(1).lower)) k = 2;
  return k > 1 && endsName(w, k);
}

/** Token k ends a name given: the window's end, a stop or a comma. */
const endsName = (w: TokenWindow, k: number): boolean =>
  !w.has(k) || w.at(k).text === '.' || w.at(k).text === ',';

/** "the" and capitalised words from token 1 on, up to a name's end. */
function theName(w: TokenWindow): boolean {
  let k = 2;
  while (k <= MAX_NAME_GIVEN + 1 && w.at(k).word && w.at(k).cap) k++;
  return k > 2 && endsName(w, k);
}
