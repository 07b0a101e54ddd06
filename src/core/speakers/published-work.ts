// "a large study published Wednesday in The BMJ", "a report released Tuesday": a work and how it came out
// names the work, not the journal or place it came out in.
import { AUTHORED_NOUNS } from '../lexicon/document-nouns';

/** Most lowercase words before a work's noun ("a large new study"). */
const MAX_WORK_MODIFIERS = 3;

/** Lowercase words, a work's noun and a participle after it ("a study published …", "a report released …"). */
export function publishedWork(words: readonly string[]): boolean {
  const noun = words.findIndex((w) => AUTHORED_NOUNS.has(w));
  return (
    noun >= 0 &&
    noun <= MAX_WORK_MODIFIERS &&
    words.slice(0, noun).every((w) => /^\p{Ll}/u.test(w)) &&
    /^\p{Ll}+ed$/u.test(words[noun + 1] ?? '')
  );
}
