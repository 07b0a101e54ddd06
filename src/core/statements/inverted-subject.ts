// The speaker after an inverted cue ("“…,” said Ana Ruiz", "…, said a spokesman for the ministry"), when no
// phrase before the cue is one. Split from cue-speaker.ts.
import { FINITE_AUXILIARIES, SUBORDINATORS } from '../lexicon/clause-words';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { hasVerb } from './has-verb';
import { RELATIVE_OPENERS } from '../lexicon/clause-boundary-words';
import { NOUN_PHRASE_CUE_VERBS, OBJECT_PERSON_CUE_VERBS } from '../lexicon/cue-verbs';
import type { CueMatch } from '../cues/find-cues';
import { quoteEndingBy } from '../quotes/quote-lookup';
import { apposedName, describedAfter } from '../speakers/described-after';
import { phraseAfter } from '../speakers/phrase-after';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { CLOSE_MARKS } from './content-end';
import type { CueScan, CueSubject } from './cue-scan';
import { phraseSpan } from './cue-subject';
import type { SpeakerPhrase } from './draft';

/** "“…,” said Ana Ruiz": the phrase after an inverted cue. */
export function invertedSubject(
  scan: CueScan,
  c: CueMatch,
): (Omit<CueSubject, 'phrase'> & { phrase: SpeakerPhrase | null }) | null {
  const toks = scan.toks;
  // ("…, who was not involved in the research, told reporters that …": who is told is never who speaks)
  if (c.form === 'ing' || c.lemma === 'tell' || OBJECT_PERSON_CUE_VERBS.has(c.lemma)) return null;
  const prev = toks[c.index - 1];
  // ("…,“ said Ruiz": a careless closer is known by the quote it ends)
  const opens =
    !prev ||
    prev.text === ',' ||
    CLOSE_MARKS.has(prev.text) ||
    quoteEndingBy(scan.s.quotes, prev.end)?.end === prev.end;
  // (a description is inverted only after a quote: "Rihanna, who was honored …, spoke about …")
  const quoted =
    prev !== undefined && prev.text !== ',' ? true : CLOSE_MARKS.has(toks[c.index - 2]?.text ?? '');
  // ("Judge Ann Lee, in Boston, rejected Google’s bid": a cue reporting its object inverts after quotes only)
  if (!quoted && NOUN_PHRASE_CUE_VERBS.has(c.lemma)) return null;
  const a = opens
    ? (apposedName(toks, phraseAfter(toks, c.last + 1, toks.length - 1), toks.length - 1) ??
      (quoted ? describedAfter(toks, c.last + 1, toks.length - 1) : null))
    : null;
  return a && a.kind !== 'pronoun' && !clauseGoesOn(toks, a.last)
    ? { phrase: phraseSpan(toks, a), groupFirst: c.index, groupLast: a.last, inverted: true }
    : null;
}

/** "…, said many of its members were working overtime", "…, said donor countries were growing": an
 * auxiliary after the phrase, or after the noun it goes on to, makes it the subject of what was said. */
function clauseGoesOn(toks: readonly Token[], last: number): boolean {
  const next = tokenAt(toks, last + 1);
  if (verbAt(toks, last + 1)) return true;
  return (
    next.word &&
    !next.cap &&
    !RELATIVE_OPENERS.has(next.lower) &&
    !SUBORDINATORS.has(next.lower) && // ("said Dan Golvach when asked about …")
    verbAt(toks, last + 2)
  );
}

/** A finite verb at k: an auxiliary, or a past form with no preposition after it ("…, said Riyadh still
 * believed a deal was within reach"; not a participle's "said one Republican involved in the planning"). */
const verbAt = (toks: readonly Token[], k: number): boolean =>
  FINITE_AUXILIARIES.has(tokenAt(toks, k).lower) ||
  (hasVerb(toks, k, k + 1) && !PREPOSITIONS.has(tokenAt(toks, k + 1).lower));
