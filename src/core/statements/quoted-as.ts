// "He was quoted as saying …", "Interfax quoted Dmitry Peskov as saying …", "“…,” the RBK news website
// quoted Ms. Simonyan, the editor in chief, as saying": the one quoted speaks, not whoever quoted them.
import { PASSIVE_AUXILIARIES } from '../lexicon/cue-filter-words';
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { phraseAfter } from '../speakers/phrase-after';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** Longest "by …" or "in …" between "quoted" and "as saying" ("was quoted by the state news agency as saying"). */
const MAX_QUOTED_BY = 8;
/** Longest description after the one quoted (", the editor in chief,"), in tokens. */
const MAX_APPOSITION = 10;
/** Longest stretch from an active "quoted" to its "as", in tokens. */
const MAX_OBJECT = 20;

/** The one an active "quoted" at token q quotes, when "as" and a participle follow ("quoted Peskov as
 * saying"); `as` is the token of "as". Null for the passive "was quoted as saying". */
export function quotedObject(toks: readonly Token[], q: number): { phrase: Phrase; as: number } | null {
  // (", quoting the deputy minister as saying": the participle quotes as the past tense does)
  const verb = toks[q]?.lower;
  const active =
    verb === 'quoting' || (verb === 'quoted' && !PASSIVE_AUXILIARIES.has(toks[q - 1]?.lower ?? ''));
  if (!active) return null;
  const next = toks[q + 1];
  const phrase: Phrase | null =
    // ("quoted her as saying": "her" is the object right before "as", not an owner)
    next && (OBJECT_PRONOUNS.has(next.lower) || (next.lower === 'her' && toks[q + 2]?.lower === 'as'))
      ? { first: q + 1, last: q + 1, kind: 'pronoun' }
      : phraseAfter(toks, q + 1, toks.length - 1);
  if (!phrase) return null;
  let k = phrase.last + 1;
  // ("quoted an official source at the Ministry of Foreign Affairs as saying": where the one quoted works)
  const at = AFFILIATION_PREPOSITIONS.has(toks[k]?.lower ?? '') ? asAfter(toks, k) : -1;
  if (at > 0) return { phrase: { ...phrase, last: at - 1 }, as: at };
  if (toks[k]?.text === ',') {
    let e = k + 1;
    while (e < toks.length && e - k <= MAX_APPOSITION && tokenAt(toks, e).text !== ',') e++;
    if (toks[e]?.text === ',') k = e + 1;
  }
  return toks[k]?.lower === 'as' && /ing$/.test(toks[k + 1]?.lower ?? '') ? { phrase, as: k } : null;
}

/** The "as" before a participle a few words after k, or -1 ("at the ministry as saying"). */
function asAfter(toks: readonly Token[], k: number): number {
  for (let e = k + 1; e < toks.length && e - k <= MAX_APPOSITION && tokenAt(toks, e).word; e++)
    if (toks[e]?.lower === 'as' && /ing$/.test(toks[e + 1]?.lower ?? '')) return e;
  return -1;
}

/** Who a participle after "as" at b reports for: the subject of a passive "was quoted (by …) as", or the
 * object of an active "quoted … as". */
export function quotedAs(toks: readonly Token[], b: number, floor: number): Phrase | null {
  if (toks[b]?.lower !== 'as') return null;
  for (let q = b - 1; q > floor && b - q <= MAX_OBJECT; q--) {
    const o = quotedObject(toks, q);
    if (o?.as === b) return o.phrase;
  }
  let q = b - 1;
  while (q > floor && b - q <= MAX_QUOTED_BY && tokenAt(toks, q).word && tokenAt(toks, q).lower !== 'quoted')
    q--;
  // ("was quoted by the state news agency as", "is quoted in the city's news release as")
  const between = tokenAt(toks, q + 1).lower;
  if (toks[q]?.lower !== 'quoted' || (q < b - 1 && between !== 'by' && between !== 'in')) return null;
  return phraseBefore(toks, skipAuxBack(toks, q - 1, floor), floor);
}

/** "“…,” the RBK news website quoted Ms. Simonyan as saying": the group starts at whoever quoted. */
export function quoterStart(toks: readonly Token[], q: number, floor: number): number | null {
  if (!quotedObject(toks, q)) return null;
  return phraseBefore(toks, q - 1, floor)?.first ?? q;
}
