// Where content after a cue ends: at a chained cue, a later speaker's clause, ", according to", a
// comma + participle or side clause, a dash, or (for noun-phrase objects) their circumstances.
import { insideQuote } from '../quotes/in-quote';
import { NOUN_PHRASE_STOPS, OCCASION_SUBORDINATORS } from '../lexicon/adjunct-words';
import { NON_PARTICIPLE_ING_WORDS, PRESENT_AUXILIARIES, SIDE_CLAUSE_OPENERS } from '../lexicon/clause-words';
import type { Sentence } from '../sentences/split-sentences';
import { hasVerb } from './has-verb';
import { clauseAfterComma, participleAside } from './clause-after-comma';
import { asClauseWithContent } from './as-clause';
import { speakerPredicateAt } from './speaker-predicate';
import { tokenAt } from '../text/token-window';
import { closesAge } from '../text/is-age';
import { WEEKDAYS } from '../lexicon/calendar';
import { RECENT_PERIOD_WORDS } from '../lexicon/speaker-phrase-words';
import { AND_BUT, NEW_CLAUSE_WORDS, RELATIVE_WHO } from '../lexicon/clause-boundary-words';
import { NUMBER_WORDS, SUBJECT_PRONOUNS } from '../lexicon/function-words';

/** How far after a subordinator its clause's verb may come ("after the city's own report found"), in tokens. */
const CLAUSE_VERB_REACH = 6;
/** Longest content we look through for its end, in tokens (bounds work on run-on text). */
const MAX_CONTENT_TOKENS = 120;
/** Content shorter than this is never cut at a side clause ("that CNN, a fellow network, …"). */
const MIN_CUT_TOKENS = 3;
/** Words that open a new clause after ", and". */
const opensNewClause = (word: string): boolean =>
  NEW_CLAUSE_WORDS.has(word) || /^[\p{Lu}\d]/u.test(word) || NUMBER_WORDS.has(word.split('-')[0] ?? ''); // "two-thirds of …"
/** Longest bracketed label looked through inside content ("(D-Conn.)" is 5 tokens with its brackets). */
const MAX_BRACKET_LABEL = 6;
/** Longest dashed aside looked through inside content, in tokens. */
const MAX_DASH_ASIDE = 15;
export const CHAIN = new Set(['and', 'but', 'while', 'before', 'then']);
export const CLOSE_MARKS: ReadonlySet<string> = new Set(['”', '"', "''", '’', '»']);

/** What a cue takes: a noun phrase that is what was said ("praised Boyle"), only a clause ("said"), or
 * either. */
export type ContentObject = 'noun' | 'clause' | 'any';

/** Where content after token k stops: a chained cue, ", according to", or a comma + participle clause. */
export function contentEnd(
  s: Sentence,
  k: number,
  chained: ReadonlySet<number>,
  finite: ReadonlySet<number>,
  object: ContentObject,
  pastCue: boolean | 'comma' = false,
): number {
  const toks = s.tokens;
  const npObject = object === 'noun';
  for (let m = k + 1; m < Math.min(toks.length, k + MAX_CONTENT_TOKENS); m++) {
    const t = tokenAt(toks, m);
    // A comma just inside a closing quote ("…Cleveland,” referring to …) counts as after it.
    const quotedComma = CLOSE_MARKS.has(t.text) && toks[m - 1]?.text === ',';
    if (insideQuote(s, t.start) && !quotedComma) continue;
    if (m - k <= MIN_CUT_TOKENS && !chained.has(m)) continue; // "that CNN, a fellow network, has …"
    // "praised the ruling and pledged to …": a past cue's subject goes on with its own predicate; after a
    // clause only past a comma ("said she need not be perfect, and handed over the rose")
    if (
      (pastCue === true || (pastCue === 'comma' && tokenAt(toks, m - 1).text === ',')) &&
      speakerPredicateAt(toks, m, k)
    )
      return tokenAt(toks, m - 1).text === ',' ? tokenAt(toks, m - 1).start : t.start;
    if (chained.has(m)) {
      let b = m - 1;
      while (b > k && !CHAIN.has(tokenAt(toks, b).lower) && tokenAt(toks, b).text !== ',') b--;
      return b > k ? tokenAt(toks, b).start : t.start;
    }
    if (commaStop(toks, m, k, finite, quotedComma, pastCue !== false)) return quotedComma ? t.end : t.start;
    if (finite.has(m) && tokenAt(toks, m - 1).text === ',' && clauseAfterComma(toks, k, m))
      return tokenAt(toks, m - 1).start;
    // "… from the New Democrats and he said things will change": another report joined by "and"/"but";
    // not "said both he and Rubio promised …", where "and" joins the subject of the clause that was said
    if (
      finite.has(m) &&
      t.word &&
      AND_BUT.has(tokenAt(toks, m - 1).lower) &&
      m - 1 > k + 1 &&
      (object !== 'clause' || SUBJECT_PRONOUNS.has(t.lower) || hasVerb(toks, k + 1, m - 1))
    )
      return tokenAt(toks, m - 2).text === ',' ? tokenAt(toks, m - 2).start : tokenAt(toks, m - 1).start;
    if (t.text === ';' || afterQuoteCircumstance(toks, m)) return t.start;
    if (ASIDE_OPENERS.has(t.text) && t.start > tokenAt(toks, m - 1).end) {
      const close = asideClose(toks, m);
      if (close < 0) return t.start;
      m = close;
    }
    const stop = npObject && m - k > 1 ? objectStop(toks, m, k) : -1;
    if (stop >= 0) return stop;
  }
  return s.end;
}

/** Where a noun-phrase object ends at token m (-1: it goes on): at its circumstances ("praised Boyle at a
 * press conference"; "on" and "last" go with the day after them: "praised the plan on Wednesday"), or at a
 * clause that tells when ("called for an inquiry after the company admitted it …"). */
function objectStop(toks: Sentence['tokens'], m: number, k: number): number {
  const t = tokenAt(toks, m);
  if (NOUN_PHRASE_STOPS.has(t.lower)) {
    const prev = tokenAt(toks, m - 1);
    const dayLead = WEEKDAYS.has(t.lower) && (prev.lower === 'on' || RECENT_PERIOD_WORDS.has(prev.lower));
    return dayLead && m - 1 > k + 1 ? prev.start : t.start;
  }
  return OCCASION_SUBORDINATORS.has(t.lower) && hasVerb(toks, m + 2, m + CLAUSE_VERB_REACH) ? t.start : -1;
}

/** "said she was “gobsmacked” while receiving the award": after a quote closes, a subordinator and a
 * participle are the writer's circumstance. */
const afterQuoteCircumstance = (toks: Sentence['tokens'], m: number): boolean =>
  CLOSE_MARKS.has(tokenAt(toks, m - 1).text) &&
  (OCCASION_SUBORDINATORS.has(tokenAt(toks, m).lower) || tokenAt(toks, m).lower === 'while') &&
  /\p{Ll}ing$/u.test(toks[m + 1]?.lower ?? '');

/** Longest relative clause set off inside a clause's subject, in tokens. */
const MAX_RELATIVE = 25;

/** "the 2013 race, which brought revelations, had been …": a relative at m inside the subject of the
 * content that began after k — no verb before it, and a verb right after its closing comma. */
function subjectRelative(toks: Sentence['tokens'], k: number, m: number): boolean {
  if (hasVerb(toks, k + 1, m)) return false;
  for (let c = m + 2; c < Math.min(toks.length, m + MAX_RELATIVE); c++) {
    if (tokenAt(toks, c).text === ';' || tokenAt(toks, c).text === '.') return false;
    if (tokenAt(toks, c).text === ',') return hasVerb(toks, c + 1, c + 3);
  }
  return false;
}

/** Whether the comma at m (or inside the closing quote at m) ends content that began after k: before a
 * participle clause, ", according to", another speaker's finite clause, ", and the …" or a side clause. */
function commaStop(
  toks: Sentence['tokens'],
  m: number,
  k: number,
  finite: ReadonlySet<number>,
  quotedComma: boolean,
  pastCue: boolean,
): boolean {
  if (tokenAt(toks, m).text !== ',' && !quotedComma) return false;
  const next = toks[m + 1];
  const after = toks[m + 2];
  if (!next) return false;
  const participle =
    next.word &&
    !next.cap &&
    /ing$/.test(next.lower) &&
    next.lower.length >= 6 &&
    !NON_PARTICIPLE_ING_WORDS.has(next.lower);
  if (participle || next.lower === 'according') return true;
  // "…, said one candidate …": another statement ("…, called Orion, scored …" describes the subject)
  if (finite.has(m + 1)) return !participleAside(toks, m);
  if (next.lower === 'as' && asClauseWithContent(toks, m + 1, finite)) return true;
  // ", and the …" starts a new clause that the speaker did not say; ", and that …" / ", but that …" go on
  // with a second that-clause of the same report
  if (after?.lower === 'that') return false;
  // (not after an age set off by commas: "said Demetrius Haley, 31, and four other officers beat …")
  if (next.lower === 'and' && opensNewClause(after?.text ?? '') && !closesAge(toks, m)) return true;
  // "said she recruited him, but hasn’t decided …": a present predicate after a past cue is what was said
  if (pastCue && next.lower === 'but' && PRESENT_AUXILIARIES.has(after?.lower.replace('’', "'") ?? ''))
    return false;
  return (
    SIDE_CLAUSE_OPENERS.has(next.lower) &&
    // "the 2013 race, which brought new revelations, had been …": before its verb, the clause is the subject's
    !(RELATIVE_WHO.has(next.lower) && subjectRelative(toks, k, m))
  );
}

/** Marks that open an aside inside content. */
const ASIDE_OPENERS = new Set(['—', '–', '―', '(']);

/** Where the aside opened at m closes, when content goes on after it ("that Clinton’s call — itself a
 * rebuttal — was …", "Tom Dodd (D-Conn.) the night …"); -1 when the content ends at m. */
function asideClose(toks: Sentence['tokens'], m: number): number {
  const open = tokenAt(toks, m).text;
  let close = m + 1;
  while (
    close < toks.length &&
    close - m <= MAX_DASH_ASIDE &&
    tokenAt(toks, close).text !== open &&
    tokenAt(toks, close).text !== ')'
  )
    close++;
  // a short label in brackets stays inside too
  const label =
    open === '(' &&
    toks[close]?.text === ')' &&
    close - m <= MAX_BRACKET_LABEL &&
    !toks.slice(m + 1, close).some((x) => x.text === ',');
  const paired =
    label ||
    (close < toks.length &&
      close - m <= MAX_DASH_ASIDE &&
      open !== '(' &&
      tokenAt(toks, close).text === open);
  return paired && close + 1 < toks.length && tokenAt(toks, close + 1).word ? close : -1;
}
