// What follows a cue: "X warned that …", "He said: “…”", "…, he said, he would leave" (an aside cue splits one
// statement in two). Where it starts, where it ends, and whether it is what was said at all.
import type { CueMatch } from '../cues/find-cues';
import { mainClauseAfter, placeThenClause } from './clause-after-adjunct';
import { ADJUNCT_STARTS, CIRCUMSTANCE_STARTS, SAY_ADJUNCTS } from '../lexicon/adjunct-words';
import { CLAUSE_CUE_VERBS, NOUN_PHRASE_CUE_VERBS, SAY_LIKE_CUE_VERBS } from '../lexicon/cue-verbs';
import { quoteAround } from '../quotes/quote-lookup';
import type { Token } from '../text/tokenize';
import type { Cue, Span } from '../types';
import { contentEnd } from './content-end';
import type { CueScan, CueSubject } from './cue-scan';
import { isTitleCase, trimContent, wordCount } from './draft';
import { skipAfterCue, type AfterCue } from './skip-adjuncts';
import { subordinateEnd } from './subordinate-end';
import { finiteSoon } from './finite-soon';
import { colonBeforeOwnQuote, colonQuoteStart, quoteHasOwnCue } from './colon-quote';
import { tokenAt } from '../text/token-window';
import { ONE_WORD_ANSWERS } from '../lexicon/cue-context-words';
import { CLAUSE_COORDINATORS, CONTRAST_CONJUNCTIONS, COORDINATORS } from '../lexicon/clause-boundary-words';
import { isAside } from './aside-cue';
import { cueWithSubjectAt, ownClauseAt } from './own-speaker-at';

/** Fewest words for content after a cue ("said they were angry" has 3). */
export const MIN_AFTER_WORDS = 2;

export interface AfterContent {
  readonly after: AfterCue;
  /** First token of the content after the cue. */
  readonly start: number;
  readonly span: Span | null;
  readonly words: number;
  /** "…, he said, he would leave": the cue sits between two parts of one statement. */
  readonly aside: boolean;
  /** The quote after the cue's colon has a cue of its own after it, whose statement it is. */
  readonly yields: boolean;
  readonly isQuote: boolean;
  readonly isTitle: boolean;
  /** "…, he said after meeting aides": what follows the cue is circumstance, not content. */
  readonly isAdjunct: boolean;
}

/** The content after cue c, whose speaker group `sub` starts at `groupFirst` (moved back over a joining
 * "as"); `floor` is the first token no earlier statement of the sentence used. */
export function afterCue(
  scan: CueScan,
  c: CueMatch,
  sub: CueSubject,
  groupFirst: number,
  cue: Cue,
  floor: number,
): AfterContent {
  const { text, s, toks } = scan;
  const after = skipAfterCue(toks, sub.groupLast + 1, c.lemma, toks.length);
  const end = colonBeforeOwnQuote(scan, after.index, afterEnd(scan, c, sub, groupFirst, after, cue));
  const afterComma = toks[after.index]?.text === ',' && !after.hasThat;
  // ("…, Kress said, but she warned that …": a clause with its own speaker after the comma is no aside's)
  // ("…, officials said, while the Israeli military said …": its subject may be a few words long)
  const joined =
    COORDINATORS.has(toks[after.index + 1]?.lower ?? '') ||
    CONTRAST_CONJUNCTIONS.has(toks[after.index + 1]?.lower ?? '');
  const ownSpeaker = joined && ownClauseAt(scan, after.index + 2);
  // ("…, as advocates have alleged, the governor said …": an "as" aside gives no one else's clause its speaker)
  const asOther = toks[groupFirst]?.lower === 'as' && cueWithSubjectAt(scan, after.index + 1);
  const aside = afterComma && !ownSpeaker && !asOther && isAside(toks, sub, groupFirst, floor, after.index);
  const start = aside ? after.index + 1 : after.index;
  const from = start < toks.length && !after.hasThat ? colonQuoteStart(s, start, end) : null;
  const yields = from !== null && quoteHasOwnCue(scan, from);
  const span =
    start < toks.length && (!afterComma || aside) && !yields
      ? trimContent(text, { start: from ?? tokenAt(toks, start).start, end }, s)
      : null;
  return {
    after,
    start,
    span,
    words: span ? wordCount(text, span) : 0,
    aside,
    yields,
    isQuote: span !== null && quoteAround(s.quotes, span.start)?.inner.start === span.start,
    isTitle:
      span !== null &&
      quoteAround(s.quotes, span.start) !== undefined &&
      isTitleCase(text.slice(span.start, span.end)),
    isAdjunct:
      span === null ||
      (ADJUNCT_STARTS.has(toks[start]?.lower ?? '') &&
        !countsAtLeast(toks, start) &&
        !infinitiveAfter(toks, start, c.lemma)),
  };
}

/** "threatened to strike": a cue that takes no addressee with "to" takes an infinitive, its content. */
const infinitiveAfter = (toks: readonly Token[], k: number, lemma: string): boolean =>
  toks[k]?.lower === 'to' && !SAY_LIKE_CUE_VERBS.has(lemma);

/** "said at least 200 people died": "at least" / "at most" counts something, it opens no adjunct. */
function countsAtLeast(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1]?.lower;
  return toks[k]?.lower === 'at' && (next === 'least' || next === 'most');
}

/** Where the content after the cue ends: contentEnd's stops, an enclosing subordinate clause's comma, and
 * the subject of an opening participle ("Insisting it was not rehearsed, Trump invited …"). */
function afterEnd(
  scan: CueScan,
  c: CueMatch,
  sub: CueSubject,
  groupFirst: number,
  after: AfterCue,
  cue: Cue,
): number {
  const { s, toks } = scan;
  const npObject = NOUN_PHRASE_CUE_VERBS.has(c.lemma) && !after.hasThat;
  const clauseEnd = contentEnd(
    s,
    // after "that" a leading ", while …," aside belongs to the content
    after.hasThat && toks[after.index]?.text === ',' ? after.index : after.index - 1,
    scan.chained,
    scan.finite,
    // ("said" takes no noun phrase: "said the spate of shootings and protests demands …")
    npObject ? 'noun' : c.lemma === 'say' ? 'clause' : 'any',
    // "praised the ruling and pledged to …", "vowed to keep it legal and celebrated …": after an object or
    // an infinitive (not a clause, whose own subject may go on) a past predicate is the speaker's
    c.form !== 'ed'
      ? false
      : npObject || (!after.hasThat && toks[after.index]?.lower === 'to')
        ? true
        : 'comma',
  );
  const mainEnd = Math.min(clauseEnd, subordinateEnd(s, groupFirst, after.index - 1));
  return !sub.inverted && sub.phrase.start > cue.end ? Math.min(mainEnd, sub.phrase.start) : mainEnd;
}

/** Whether the content after the cue is what was said: long enough, no title, no circumstance, and for weak
 * or clause-only cues a "that", a quote or a colon. */
export function afterIsSaid(
  scan: CueScan,
  c: CueMatch,
  a: AfterContent,
  groupLast: number,
  saidBefore: boolean,
): boolean {
  const toks = scan.toks;
  const first = toks[a.start]?.lower ?? '';
  const span = a.span;
  const quoteInAfter =
    span !== null && scan.s.quotes.some((q) => q.start >= span.start && q.start < span.end);
  // "members question or redefine …": a coordinated verb, not a report; after an aside cue the comma sets
  // off what follows ("…, he says, and are meant for short use")
  const circumstance =
    !a.after.hasThat &&
    !a.isQuote &&
    c.last === c.index &&
    (SAY_LIKE_CUE_VERBS.has(c.lemma) && !quoteInAfter
      ? SAY_ADJUNCTS.has(first) &&
        !(first === 'about' && /^[\d$€£¥]/.test(toks[a.start + 1]?.text ?? '')) && // ("said about $80 million …")
        !countsAtLeast(toks, a.start) &&
        !(span && (mainClauseAfter(toks, a.start, span.end) || placeThenClause(toks, a.start)))
      : first === 'to'
        ? SAY_LIKE_CUE_VERBS.has(c.lemma)
        : CIRCUMSTANCE_STARTS.has(first));
  // ("The talks collapsed, Zhang said, according to Xinhua": where the words were read, not more of them)
  const source = first === 'according' && toks[a.start + 1]?.lower === 'to';
  const startsWithAdjunct = source || (!a.aside && (CLAUSE_COORDINATORS.has(first) || circumstance));
  return (
    // "Sanders praises Obama": a noun-phrase cue's object may be one name
    (a.words >= MIN_AFTER_WORDS ||
      (a.words === 1 && NOUN_PHRASE_CUE_VERBS.has(c.lemma) && !!toks[a.start]?.cap) ||
      // "half said so", "75 percent of Democrats said yes"; a topic after a particle ("talked about CNN")
      (a.words === 1 && SAY_LIKE_CUE_VERBS.has(c.lemma) && ONE_WORD_ANSWERS.has(first)) ||
      (a.words === 1 && c.last > c.index && !!toks[a.start]?.word)) &&
    !a.isTitle &&
    !startsWithAdjunct &&
    // ("If China can build a wall, he observed, we can too": content on both sides of an aside makes a weak
    // cue a report; "…, airstrikes continue, according to …" has none before it)
    (!c.weak ||
      a.after.hasThat ||
      a.isQuote ||
      (a.aside && saidBefore) ||
      toks[groupLast + 1]?.text === ':') &&
    (!CLAUSE_CUE_VERBS.has(c.lemma) ||
      c.last > c.index ||
      a.after.hasThat ||
      a.isQuote ||
      finiteSoon(toks, a.start))
  );
}
