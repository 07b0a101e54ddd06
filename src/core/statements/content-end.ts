// Where content after a cue ends: at a chained cue, a later speaker's clause, ", according to", a
// comma + participle or side clause, a dash, or (for noun-phrase objects) their circumstances.
import { insideQuote } from '../cues/find-cues';
import { NOUN_PHRASE_STOPS } from '../lexicon/adjunct-words';
import { FINITE_AUXILIARIES, NON_PARTICIPLE_ING_WORDS, SIDE_CLAUSE_OPENERS } from '../lexicon/clause-words';
import { DISTINCT_PAST, SHARED_PAST } from '../lexicon/past-verbs';
import type { Sentence } from '../sentences/split-sentences';
import { speakerPredicateAt } from './speaker-predicate';

/** Longest content we look through for its end, in tokens (bounds work on run-on text). */
const MAX_CONTENT_TOKENS = 120;
/** Content shorter than this is never cut at a side clause ("that CNN, a fellow network, …"). */
const MIN_CUT_TOKENS = 3;
/** Words that open a new clause after ", and". */
const NEW_CLAUSE =
  /^(he|she|they|it|we|i|the|a|an|his|her|their|its|this|that|there|\p{Lu}.*|\d.*|(one|two|three|four|five|six|seven|eight|nine|ten)(-.*)?|many|most|some|half|few|all|both|nearly|about|more|only|majorities|majority)$/u;
/** Longest dashed aside looked through inside content, in tokens. */
const MAX_DASH_ASIDE = 15;
export const CHAIN = new Set(['and', 'but', 'while', 'before', 'then']);
export const CLOSE_MARKS = /^(”|"|''|’|»)$/;

/** Where content after token k stops: a chained cue, ", according to", or a comma + participle clause. */
export function contentEnd(
  s: Sentence,
  k: number,
  chained: ReadonlySet<number>,
  finite: ReadonlySet<number>,
  npObject: boolean,
  pastCue: boolean | 'comma' = false,
): number {
  const toks = s.tokens;
  for (let m = k + 1; m < Math.min(toks.length, k + MAX_CONTENT_TOKENS); m++) {
    const t = toks[m]!;
    // A comma just inside a closing quote ("…Cleveland,” referring to …) counts as after it.
    const quotedComma = CLOSE_MARKS.test(t.text) && toks[m - 1]?.text === ',';
    if (insideQuote(s, t.start) && !quotedComma) continue;
    if (m - k <= MIN_CUT_TOKENS && !chained.has(m)) continue; // "that CNN, a fellow network, has …"
    // "praised the ruling and pledged to …": a past cue's subject goes on with its own predicate; after a
    // clause only past a comma ("said she need not be perfect, and handed over the rose")
    if (
      (pastCue === true || (pastCue === 'comma' && toks[m - 1]!.text === ',')) &&
      speakerPredicateAt(toks, m, k)
    )
      return toks[m - 1]!.text === ',' ? toks[m - 1]!.start : t.start;
    if (chained.has(m)) {
      let b = m - 1;
      while (b > k && !CHAIN.has(toks[b]!.lower) && toks[b]!.text !== ',') b--;
      return b > k ? toks[b]!.start : t.start;
    }
    const comma = t.text === ',' || quotedComma;
    const cut = quotedComma ? t.end : t.start;
    const next = toks[m + 1];
    if (
      comma &&
      next &&
      next.word &&
      !next.cap &&
      /ing$/.test(next.lower) &&
      next.lower.length >= 6 &&
      !NON_PARTICIPLE_ING_WORDS.has(next.lower)
    )
      return cut;
    if (comma && next?.lower === 'according') return cut;
    if (comma && finite.has(m + 1)) return cut; // "…, said one candidate …": another statement
    if (finite.has(m) && t.word && toks[m - 1]!.text === ',') return toks[m - 1]!.start;
    // ", and the …" starts a new clause that the speaker did not say.
    // (", and that …" goes on with a second that-clause of the same report)
    if (
      comma &&
      next?.lower === 'and' &&
      NEW_CLAUSE.test(toks[m + 2]?.text ?? '') &&
      toks[m + 2]?.lower !== 'that'
    )
      return cut;
    // ", but that …" continues the report with a second that-clause.
    if (
      t.text === ';' ||
      (comma &&
        SIDE_CLAUSE_OPENERS.has(next?.lower ?? '') &&
        toks[m + 2]?.lower !== 'that' &&
        // "the 2013 race, which brought new revelations, had been …": before its verb, the clause is the subject's
        !(/^(which|who)$/.test(next?.lower ?? '') && subjectRelative(toks, k, m)))
    )
      return cut;
    if (
      (t.text === '—' || t.text === '–' || t.text === '―' || t.text === '(') &&
      t.start > toks[m - 1]!.end
    ) {
      // "that Clinton’s call — itself a rebuttal — was an inferior slogan": a paired aside stays inside
      let close = m + 1;
      while (
        close < toks.length &&
        close - m <= MAX_DASH_ASIDE &&
        toks[close]!.text !== t.text &&
        toks[close]!.text !== ')'
      )
        close++;
      const paired =
        close < toks.length && close - m <= MAX_DASH_ASIDE && t.text !== '(' && toks[close]!.text === t.text;
      if (!paired || close + 1 >= toks.length || !toks[close + 1]!.word) return t.start;
      m = close;
    }
    // "praised Boyle at a press conference": a noun-phrase object ends at its circumstances.
    if (npObject && NOUN_PHRASE_STOPS.has(t.lower) && m - k > 1) return t.start;
  }
  return s.end;
}

/** Longest relative clause set off inside a clause's subject, in tokens. */
const MAX_RELATIVE = 25;

/** "the 2013 race, which brought revelations, had been …": a relative at m inside the subject of the
 * content that began after k — no verb before it, and a verb right after its closing comma. */
function subjectRelative(toks: Sentence['tokens'], k: number, m: number): boolean {
  if (hasVerb(toks, k + 1, m)) return false;
  for (let c = m + 2; c < Math.min(toks.length, m + MAX_RELATIVE); c++) {
    if (toks[c]!.text === ';' || toks[c]!.text === '.') return false;
    if (toks[c]!.text === ',') return hasVerb(toks, c + 1, c + 3);
  }
  return false;
}

/** A finite verb among tokens from…to-1 (auxiliaries, -ed and irregular past forms, contracted auxiliaries). */
function hasVerb(toks: Sentence['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = toks[i]!.lower;
    if (FINITE_AUXILIARIES.has(w) || DISTINCT_PAST.has(w) || SHARED_PAST.has(w)) return true;
    if (/^[a-z]{3,}ed$/.test(w) || /[’'](s|re|ve|ll|d)$/.test(w) || /n[’']t$/.test(w)) return true;
  }
  return false;
}
