// Words the credit and byline steps (src/core/credits/) skip or split on.
import { setOf, wordList } from './word-list';

/** Words a credit phrase may open with that are not part of the outlet ("and the Associated Press"). */
export const CREDIT_STOP_WORDS: readonly string[] = wordList(`
  and
  from
  of
  or
  the
  to
  with
`);

/** Words that join an agency to the reporter in a byline ("Jane Doe with AFP", "Jane Doe and Reuters"). */
export const BYLINE_JOINERS: ReadonlySet<string> = setOf(`
  and
  with
`);
