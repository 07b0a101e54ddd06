// Where a clause's subject can start: after a wire dateline ("ORLANDO, Fla. (Reuters) - President …") and
// after an opening adverbial with its continuations ("At a campaign event in Ames, Iowa, on Sunday, Mrs.
// Clinton …"), so that neither a dateline's place nor the opener's place is taken for the subject.
import { ADVERBIAL_OPENERS } from '../lexicon/adjunct-words';
import { FINITE_AUXILIARIES, SUBORDINATORS } from '../lexicon/clause-words';
import { FIRST_NAMES } from '../lexicon/first-names';
import { PLACES } from '../lexicon/places';
import { TIME_SPAN_ENDS, TIME_UNITS } from '../lexicon/calendar';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** Longest wire dateline before a sentence's subject, in tokens ("ORLANDO, Fla. (Reuters) -"). */
const MAX_DATELINE = 12;
/** The dashes a wire dateline ends on, and that set a subject's description off after one. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** Most comma-separated parts an opener may continue with ("in Ames, | Iowa, | on Sunday,"). */
const MAX_OPENER_PARTS = 3;
/** Words that continue an opener after its comma ("…, on Sunday," "…, in Ohio,"). */
const CONTINUING = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'near', 'outside', 'inside']);

/** The first token after a dateline opening the sentence (a place in capitals or a place and its agency
 * in brackets, with or without a date, up to a dash: "Washington (AFP) –", "PARIS, Aug 31 (Reuters) -"),
 * else 0. */
export function datelineEnd(toks: readonly Token[]): number {
  const first = toks[0];
  if (!first?.word || !first.cap) return 0;
  let credited = first.text.length > 1 && first.text === first.text.toUpperCase();
  for (let k = 1; k < Math.min(toks.length, MAX_DATELINE); k++) {
    const t = tokenAt(toks, k);
    // ("TOKYO (Bloomberg) -- …": a dash typed as two hyphens)
    if (DASHES.has(t.text)) return !credited ? 0 : toks[k + 1]?.text === '-' ? k + 2 : k + 1;
    if (t.text === '(') credited = true;
    else if (t.word ? !t.cap && !/^\d{1,2}$/.test(t.text) : !/^[.,)]$/.test(t.text)) return 0; // ("PARIS, Aug 31")
  }
  return 0;
}

/** The token after an opening adverbial at `from` ("On Monday, …") and the parts that continue it; `from`
 * itself when none opens there. May be `before` or beyond when the opener's comma is not found. */
export function afterOpener(toks: readonly Token[], start: number, before: number): number {
  const from = afterTimeSpan(toks, start);
  if (
    !ADVERBIAL_OPENERS.has(toks[from]?.lower ?? '') &&
    !SUBORDINATORS.has(toks[from]?.lower ?? '') &&
    !isOpeningParticiple(toks, from) &&
    !isOpeningAdverb(toks, from)
  )
    return from;
  const clause = SUBORDINATORS.has(toks[from]?.lower ?? '');
  let k = commaAfter(toks, from, before) + 1;
  for (let part = 0; part < MAX_OPENER_PARTS && k < before; part++) {
    const comma = commaAfter(toks, k, before);
    const apposition = clause && appositiveInOpener(toks, comma);
    if (comma >= before || !(continuesOpener(toks, k, comma) || apposition)) break;
    k = comma + 1;
  }
  return k;
}

/** Longest span of time opening a sentence, in tokens ("A few more minutes later"). */
const MAX_TIME_SPAN = 5;

/** "A few minutes later they …", "Two days later, …": the token after a span of time opening at `from`
 * (and its comma), which needs no comma to end; `from` when none opens there. */
function afterTimeSpan(toks: readonly Token[], from: number): number {
  for (let k = from + 1; k < toks.length && k <= from + MAX_TIME_SPAN; k++) {
    const t = tokenAt(toks, k);
    if (!t.word || t.cap) return from;
    if (TIME_SPAN_ENDS.has(t.lower) && TIME_UNITS.has(tokenAt(toks, k - 1).lower))
      return toks[k + 1]?.text === ',' ? k + 2 : k + 1;
  }
  return from;
}

/** "Seeing a backlash, Morrison …": a participle opens a clause whose subject comes after its comma; not a
 * name in -ing ("Sterling", "Boeing is …", "Beijing said"), which a finite verb follows. */
function isOpeningParticiple(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  return (
    !!t?.word &&
    t.cap &&
    t.lower.length > 4 &&
    t.lower.endsWith('ing') &&
    !FIRST_NAMES.has(t.lower) &&
    !!next?.word &&
    !next.cap &&
    !FINITE_AUXILIARIES.has(next.lower) &&
    !/(?:s|ed)$/.test(next.lower)
  );
}

/** Words that grade an adverb opening a sentence ("More broadly, …", "Most importantly, …"). */
const GRADING = new Set(['even', 'less', 'more', 'most', 'quite', 'very']);
/** An adverb in -ly, not a name in -ly ("Connolly", "Kimberly"): "-ally", "-fully" or no "ll" at all. */
const isLyAdverb = (t: Token | undefined): boolean =>
  !!t?.word &&
  t.lower.length >= 6 &&
  /(?:ally|fully|[^l]ly)$/.test(t.lower) &&
  !FIRST_NAMES.has(t.lower) &&
  !(t.cap && t.text.slice(1) !== t.lower.slice(1));

/** "Hopefully, it will …", "More broadly, Verizon has …": an adverb and its comma open the sentence. */
function isOpeningAdverb(toks: readonly Token[], i: number): boolean {
  if (isLyAdverb(toks[i]) && toks[i + 1]?.text === ',') return true;
  return GRADING.has(toks[i]?.lower ?? '') && isLyAdverb(toks[i + 1]) && toks[i + 2]?.text === ',';
}

/** "Lest you assume that my parents, James and Olive Meehan, were …, I should say": in an opening clause, a
 * finite verb right after a part's comma shows the part was an apposition inside it, not the main subject. */
function appositiveInOpener(toks: readonly Token[], comma: number): boolean {
  const next = toks[comma + 1];
  return !!next?.word && !next.cap && FINITE_AUXILIARIES.has(next.lower);
}

function commaAfter(toks: readonly Token[], from: number, before: number): number {
  let k = from;
  while (k < before && tokenAt(toks, k).text !== ',') k++;
  return k;
}

/** The part from k to the comma continues the opener: a place ("Iowa", "Calif.") or a time or place
 * phrase ("on Sunday", "in Ohio"), never a name ("On Monday, Trump, speaking in Ohio, said …"). */
function continuesOpener(toks: readonly Token[], k: number, comma: number): boolean {
  const part = toks.slice(k, comma);
  const words = part.filter((t) => t.word);
  if (CONTINUING.has(tokenAt(part, 0).lower)) return true;
  const abbreviation = words.length === 1 && part.length === 2 && part[1]?.text === '.';
  return abbreviation || PLACES.has(words.map((t) => t.lower).join(' '));
}
