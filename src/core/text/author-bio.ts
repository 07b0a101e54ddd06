// An author bio or contact line closing an article: "Jane Roe is a reporter for the Springfield Daily",
// "Ann Poe is the paper's senior political editor. Follow her on Twitter", "Tim Loe can be reached at …".
// It describes the writer; it is not a statement, and its name is not a speaker.
import { JOURNALIST_ROLES } from '../lexicon/journalist-roles';

/** How many words after "is" may come before the role ("is the Springfield Daily's senior editor"). */
const MAX_WORDS_TO_ROLE = 8;
const NAME_IS = /^(?:[—–-]\s*)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}\s+(?:is|was)\s+(.{1,160})/u;
const CONTACT =
  /\b(?:[Ff]ollow (?:him|her|them|me|us|@\w+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(?:on|at)\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|LinkedIn)|can be reached at|[Ee]mail (?:him|her|them) at)\b/u;

export function isAuthorBio(line: string): boolean {
  if (CONTACT.test(line)) return true;
  const m = NAME_IS.exec(line);
  if (!m) return false;
  // (the role is in the first sentence: "Tim Loe was furious. He told reporters …" is no bio)
  // ("the St. Louis Post-Dispatch's reporter": a stop ends a sentence after a word, not an abbreviation)
  const first = (m[1] ?? '').split(/(?<=\p{Ll}{3})[.!?]\s/u, 1)[0] ?? '';
  const words = first.toLowerCase().split(/[\s-]+/, MAX_WORDS_TO_ROLE + 1);
  return words.some((w) => JOURNALIST_ROLES.has(w.replace(/[^\p{L}]+$/u, '')));
}
