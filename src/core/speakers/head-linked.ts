// "University of Michigan", "Centers for Disease Control and Prevention", "Assembly of First Nations",
// "Committee to Protect Journalists": a capitalised organisation's head that carries its name on after "of",
// "for", or "to" and a capitalised verb (split from organization-name.ts).
import { ORG_HEADS, PROPER_ORG_HEADS } from '../lexicon/org-heads';
import { ORG_HEAD_LINKS } from '../lexicon/organizations';
import { NAME_OPENING_RELATIONS } from '../lexicon/unnamed-sources';

const capitalised = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? '');

/** An organisation's head, in the singular or the plural ("Bank", "Hotels"). */
export function isOrgHead(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_HEADS.has(w) || (w.endsWith('s') && ORG_HEADS.has(w.slice(0, -1)));
}

/** An organisation's head, or one only a proper name has ("Assembly"). */
const orgHead = (word: string): boolean => isOrgHead(word) || PROPER_ORG_HEADS.has(word.toLowerCase());

/** "Friends of the Earth": a relation's plural opening a name, carried on by "of the" and a capital. */
export const relationNamed = (words: readonly string[]): boolean =>
  capitalised(words[0]) &&
  NAME_OPENING_RELATIONS.has(words[0]?.toLowerCase() ?? '') &&
  words[1] === 'of' &&
  words[2] === 'the' &&
  capitalised(words[3]);

export const headLinked = (words: readonly string[]): boolean =>
  relationNamed(words) ||
  words.some(
    (w, i) =>
      capitalised(w) &&
      orgHead(w) &&
      (ORG_HEAD_LINKS.has(words[i + 1] ?? '') || (words[i + 1] === 'to' && capitalised(words[i + 2]))),
  );
