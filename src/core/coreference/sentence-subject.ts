// Whether a name at tokens first…last is its sentence's subject: it opens the sentence (after at most a
// short opener), or follows the comma that closes an opening adverbial clause. A subject stays salient for
// a later "he" or "the 26-year-old right wing".
import { ADVERBIAL_OPENERS } from '../lexicon/adjunct-words';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isPossessive } from '../text/possessive';

/** Tokens an opener may take before a sentence's subject ("But", "On Monday,"). */
const MAX_OPENER = 3;
// ("Asked whether Tyrell Okafor might keep the job, he smiled": the name the question is about is not it)
const opensSentence = (toks: readonly Token[], first: number): boolean =>
  first === 0 ||
  (first <= MAX_OPENER &&
    toks.slice(0, first).every((t) => (t.word && t.lower !== 'asked') || t.text === ','));

/** "Then, last week, Taylor Swift posted …", "When asked …, Mulder didn't hesitate": a name right after
 * the comma that closes an opening adverbial clause, with its verb after it, is the sentence's subject. */
const closesOpener = (toks: readonly Token[], i: number, j: number): boolean =>
  toks[i - 1]?.text === ',' &&
  ADVERBIAL_OPENERS.has(toks[0]?.lower ?? '') &&
  !!toks[j + 1]?.word &&
  !tokenAt(toks, j + 1).cap;

/** "A press release, issued on Nov. 27, McCallum expressed …": a name after a comma with a past verb right
 * after it is the subject of its clause. */
const beforePastVerb = (toks: readonly Token[], i: number, j: number): boolean =>
  toks[i - 1]?.text === ',' &&
  !!toks[j + 1]?.word &&
  !tokenAt(toks, j + 1).cap &&
  /ed$/.test(tokenAt(toks, j + 1).lower);

/** Most words of the noun an opening owner's name owns ("Tariq Mahmood's younger brother,"). */
const MAX_OWNED = 3;

/** "Tariq Mahmood's brother, Khalid Mahmood, flew in": the name in apposition to the noun an owner's name
 * opening the sentence owns is its subject too, the later one of the two a "he" goes on from. */
function apposedToOwned(toks: readonly Token[], first: number, last: number): boolean {
  if (toks[first - 1]?.text !== ',' || toks[last + 1]?.text !== ',') return false;
  const owner = toks.findIndex((t) => isPossessive(t.text));
  return (
    owner >= 0 &&
    owner < first - 2 &&
    first - 2 - owner <= MAX_OWNED &&
    toks.slice(0, owner + 1).every((t) => t.cap || !t.word) &&
    toks.slice(owner + 1, first - 1).every((t) => t.word && !t.cap)
  );
}

// ("The Sanders campaign had sent …": a name after "the" modifies the noun that is the subject)
export const isSentenceSubject = (toks: readonly Token[], first: number, last: number): boolean =>
  (toks[first - 1]?.lower !== 'the' &&
    (opensSentence(toks, first) || closesOpener(toks, first, last) || beforePastVerb(toks, first, last))) ||
  apposedToOwned(toks, first, last);
