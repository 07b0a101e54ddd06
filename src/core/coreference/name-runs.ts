// The capitalised runs of a sentence that findPeople reads for names: where each starts and ends does not
// depend on the article's speaker surnames, so a second reading can keep every run none of them is in.
import { TITLE_WORDS } from '../lexicon/titles';
import { FIRST_NAMES } from '../lexicon/first-names';
import { isPlaceCompound } from '../speakers/place-compound';
import { isPostNominal } from '../text/name-suffix';
import type { NearbyWords } from '../text/nearby-words';
import { withoutPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { isHeadline, isHeadlineVerbAt, isNameWord, runEnd } from './name-run';
import { initialOpening } from '../speakers/name-words';

/** A capitalised run of a sentence, tokens i…j: the runs are the same whatever the surnames. */
export interface Run {
  readonly i: number;
  readonly j: number;
}

/** What a sentence without runs reads as: most have none, and an array each would add up on huge inputs. */
const NONE: readonly never[] = [];

/** "Knowing Bardos was a fan": an opening participle is no name word; "Housing Minister Sean Fraser" opens on
 * an office's word. */
const isParticiple = (toks: readonly Token[], i: number): boolean =>
  /ing$/.test(tokenAt(toks, i).lower) &&
  !FIRST_NAMES.has(tokenAt(toks, i).lower) &&
  !TITLE_WORDS.has(toks[i + 1]?.lower ?? '');

/** Each run of name words in a sentence (from where its name may start) as `read` reads it. */
export function readRuns<T, C>(
  toks: readonly Token[],
  read: (toks: readonly Token[], i: number, j: number, context: C) => T,
  context: C,
): readonly T[] {
  let out: T[] | null = null;
  const headline = isHeadline(toks);
  for (let i = 0; i < toks.length; i++) {
    const starts = isNameWord(tokenAt(toks, i)) || initialOpening(toks, i); // ("A. Jayasankar Menon")
    if (!starts || (headline && i > 0 && isHeadlineVerbAt(toks, i))) continue;
    const j = runEnd(toks, i, headline);
    if (j > i && i === 0 && isParticiple(toks, i)) i++; // "Knowing Bardos was a fan, …"
    if (j > i && isPlaceCompound(tokenAt(toks, i))) i++; // "Sacramento-based McClatchy"
    // ("Kate Oyinlola KC": a silk's letters close the run and are no part of the name)
    const end = j > i && isPostNominal(tokenAt(toks, j).text) ? j - 1 : j;
    (out ??= []).push(read(toks, i, end, context));
    i = j;
  }
  return out ?? NONE;
}

/** A word of the run is one of `surnames` (personIn asks only about the run's own words). */
export function usesAny(toks: readonly Token[], { i, j }: Run, surnames: NearbyWords): boolean {
  for (let k = i; k <= j; k++) if (surnames.knows(withoutPossessive(tokenAt(toks, k).lower))) return true;
  return false;
}
