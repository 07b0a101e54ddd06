// "Long County School System", "Halcyon Mutual": a capitalised name ending on a word that makes it an
// organisation only written so (split from organization-name.ts).
import { FIRST_NAMES } from '../lexicon/first-names';
import { PROPER_ORG_HEADS } from '../lexicon/org-heads';

/** Capitalised words ending on such a head (`last`, lowercased), not opening on a given name ("Samantha
 * Power" is a person). */
export const properHeaded = (words: readonly string[], last: string): boolean =>
  words.length > 1 &&
  PROPER_ORG_HEADS.has(last) &&
  words.every((w) => /^\p{Lu}/u.test(w)) &&
  !FIRST_NAMES.has((words[0] ?? '').toLowerCase());
