// "read a poem she had written.": a cue ending a relative clause whose object is the noun before its subject
// reports nothing; what comes before it is not what was written.
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { ARTICLES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/function-words';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** Most lowercase words of the noun phrase before the subject ("a short poem"). */
const MAX_NOUN_WORDS = 3;
/** What may follow a clause that ends at the cue: the sentence's end (after a comma or a semicolon, the cue may
 * open a quote: "Speaking through an interpreter he added; “…”"). */
const CLAUSE_END = /^[.!?]$/;

/** The cue ends its clause, after a subject pronoun (and auxiliaries) right after a lowercase noun phrase
 * opened by an article or a possessive ("the letter he wrote.", "her book she had signed."). */
function endsObjectRelative(w: TokenWindow): boolean {
  if (w.has(1) && !CLAUSE_END.test(w.at(1).text)) return false;
  let k = -1;
  while (w.in(k, FINITE_AUXILIARIES)) k--;
  if (!w.in(k, SUBJECT_PRONOUNS)) return false;
  for (let n = 1; n <= MAX_NOUN_WORDS; n++) {
    const t = w.at(k - n);
    if (!t.word || t.cap) return false;
    if (n > 1 && (w.in(k - n, ARTICLES) || w.in(k - n, POSSESSIVE_DETERMINERS))) return true;
  }
  return w.in(k - MAX_NOUN_WORDS - 1, ARTICLES) || w.in(k - MAX_NOUN_WORDS - 1, POSSESSIVE_DETERMINERS);
}

export const RELATIVE_GAP_FILTER: CueFilter = {
  name: 'object of a relative clause',
  reason:
    'a cue closing a relative clause ("a poem she had written.") has the noun before its subject as its object: nothing is reported',
  example: 'Her granddaughter read a poem she had [written].',
  keeps: 'In a statement, she [said] the plan had failed.',
  rejects: (w) => endsObjectRelative(w),
};
