// Statements around cue verbs in one sentence: "X warned that …", "“…,” X said", "…, said X",
// "…, X maintains", "He emphasized …, suggesting that …" (the participle reuses the sentence's speaker).
import { findCues } from '../cues/find-cues';
import {
  ADJUNCT_STARTS,
  ADVERBIAL_OPENERS,
  CIRCUMSTANCE_STARTS,
  SAY_ADJUNCTS,
} from '../lexicon/adjunct-words';
import { MEANS_NOUNS } from '../lexicon/cue-nouns';
import { CLAUSE_CUE_VERBS, NOUN_PHRASE_CUE_VERBS, SAY_LIKE_CUE_VERBS } from '../lexicon/cue-verbs';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { quoteAround, quoteEndingBy } from '../quotes/quote-lookup';
import type { Sentence } from '../sentences/split-sentences';
import { phraseAfter } from '../speakers/phrase-after';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import type { Span } from '../types';
import { isTitleCase, trimContent, wordCount, type Draft, type SpeakerPhrase } from './draft';
import { CLOSE_MARKS, contentEnd } from './content-end';
import { makeDraft, tokenCue } from './make-draft';
import {
  clauseSubject,
  cueNounOwner,
  DEMONYM,
  descriptorStart,
  isChained,
  modifiedSubject,
  participleSubject,
  phraseSpan,
  subjectOf,
} from './cue-subject';
import { skipAfterCue, thatSoon } from './skip-adjuncts';
import { subordinateEnd } from './subordinate-end';
import { thatClauses } from './that-clauses';

/** Fewest words for content after a cue ("said they were angry" has 3). */
const MIN_AFTER_WORDS = 2;
/** Drafts of this sentence that a later cue may sit inside. */
const RECENT_DRAFTS = 4;
/** Most characters between a quote and the speaker after it ("”, " is 2). */
const MAX_QUOTE_GAP = 4;
/** Fewest words for content before a cue that is not a quotation. */
const MIN_BEFORE_WORDS = 3;
/** A comma-ended opening this long that is no adverbial ("In Texas,") is what was said. */
const MIN_CLAUSE_WORDS = 6;

export function cueStatements(
  text: string,
  s: Sentence,
  sentence: number,
  next: Sentence | undefined,
  isKnownSpeaker: (word: string) => boolean,
): Draft[] {
  const toks = s.tokens;
  const cues = findCues(s);
  if (cues.length === 0) return [];
  const chained = new Set(cues.filter((c) => isChained(toks, c)).map((c) => c.index));
  const finite = new Set(cues.filter((c) => c.form === 's' || c.form === 'ed').map((c) => c.index));
  // Where a later cue's own subject begins ("…, and when asked, he said"), earlier content ends.
  const subjects = new Map<number, ReturnType<typeof phraseBefore>>(); // cue index → phrase before it
  for (const c of cues) {
    if (chained.has(c.index)) continue;
    const p = phraseBefore(toks, skipAuxBack(toks, c.index - 1, 0), 0);
    subjects.set(c.index, p);
    if (p && p.kind !== 'unnamed' && c.form !== 'ing') finite.add(p.first);
  }
  const out: Draft[] = [];
  let floor = 0; // first token not yet used by a statement in this sentence
  let lastPhrase: SpeakerPhrase | null = null;
  for (const c of cues) {
    const cueAt = toks[c.index]!.start;
    // "It was first declared by Nixon": passives with "by" are backward attributions (passive step).
    if (
      c.form === 'ed' &&
      toks[c.last + 1]?.lower === 'by' &&
      !MEANS_NOUNS.has(toks[c.last + 2]?.lower ?? '')
    )
      continue; // ("said by phone" is no passive)
    let inside = false;
    for (let k = Math.max(0, out.length - RECENT_DRAFTS); k < out.length; k++)
      inside ||= out[k]!.start <= cueAt && cueAt < out[k]!.end;
    if (inside) continue;
    let phrase: SpeakerPhrase | null = null;
    let groupFirst = c.index;
    let groupLast = c.last;
    let inverted = false;
    if (chained.has(c.index)) phrase = lastPhrase ?? subjectOf(toks, c.index);
    else {
      const j = skipAuxBack(toks, c.index - 1, 0);
      const raw =
        (subjects.has(c.index) ? subjects.get(c.index) : phraseBefore(toks, j, 0)) ??
        cueNounOwner(toks, j, floor) ??
        modifiedSubject(toks, j, floor);
      const p =
        raw &&
        (raw.kind !== 'proper' ||
          raw.first < raw.last ||
          !DEMONYM.test(toks[raw.last]!.lower) ||
          isKnownSpeaker(toks[raw.last]!.text))
          ? raw
          : null;
      if (p && !(p.kind === 'pronoun' && /^(it|they)$/.test(toks[p.first]!.lower) && c.form === 'ing')) {
        phrase = phraseSpan(toks, p);
        groupFirst = p.first;
        while (groupFirst > 0 && /^(the|a|an)$/.test(toks[groupFirst - 1]!.lower)) groupFirst--;
        const described = descriptorStart(toks, groupFirst, floor);
        // "…, chief engineer Ruth Okafor said": the role belongs to the mention (and becomes the role)
        if (described < groupFirst && p.kind === 'proper')
          phrase = { ...phrase, start: toks[described]!.start };
        groupFirst = described;
      } else if (c.form !== 'ing') {
        const prev = toks[c.index - 1];
        // ("…,“ said Ruiz": a careless closer is known by the quote it ends)
        if (
          !prev ||
          prev.text === ',' ||
          CLOSE_MARKS.test(prev.text) ||
          quoteEndingBy(s.quotes, prev.end)?.end === prev.end
        ) {
          const a = phraseAfter(toks, c.last + 1, toks.length - 1);
          if (a && a.kind !== 'pronoun') {
            phrase = phraseSpan(toks, a);
            groupLast = a.last;
            inverted = true;
          }
        }
      }
    }
    if (!phrase && c.form === 'ing') phrase = participleSubject(toks, c.index, floor);
    if (!phrase && c.infinitive) {
      const p = clauseSubject(toks, floor, c.index - 1, true); // "Trump went on ABC to defend …"
      if (p) phrase = phraseSpan(toks, p);
    }
    // "His critics in the United States, many of them Catholics, argue that …": no phrase right before the
    // cue, but a "that" clause makes it a report; its speaker is the phrase opening the clause.
    if (
      !phrase &&
      c.form !== 'ing' &&
      thatSoon(toks, c.last + 1) &&
      skipAfterCue(toks, c.last + 1, c.lemma, toks.length).hasThat
    ) {
      const p = clauseSubject(toks, floor, c.index);
      if (p) phrase = phraseSpan(toks, p);
    }
    if (!phrase) continue;
    const cue = tokenCue(text, toks, c.index, c.last);
    const made: Span[] = [];
    // Content before: "“…,” she said" or "…, Blackwell maintains."
    // "As the Times noted, …" / "…, as supporters point out": "as" joins the cue to what was said.
    const viaAs = toks[groupFirst - 1]?.lower === 'as';
    if (viaAs) groupFirst--;
    const before = toks[groupFirst - 1];
    const lastQuote = quoteEndingBy(s.quotes, toks[groupFirst]!.start);
    const quoteBefore =
      lastQuote &&
      toks[groupFirst]!.start - lastQuote.end <= MAX_QUOTE_GAP &&
      /^[\s,]*$/.test(text.slice(lastQuote.end, toks[groupFirst]!.start)) &&
      wordCount(text, lastQuote.inner) >= 2 &&
      !isTitleCase(text.slice(lastQuote.inner.start, lastQuote.inner.end))
        ? lastQuote
        : undefined;
    const after = skipAfterCue(toks, groupLast + 1, c.lemma, toks.length);
    // After "that" a leading ", while …," aside belongs to the content.
    const clauseEnd = contentEnd(
      s,
      after.hasThat && toks[after.index]?.text === ',' ? after.index : after.index - 1,
      chained,
      finite,
      NOUN_PHRASE_CUE_VERBS.has(c.lemma) && !after.hasThat,
      // "praised the ruling and pledged to …", "vowed to keep it legal and celebrated …": after an object or
      // an infinitive (not a clause, whose own subject may go on) a past predicate is the speaker's
      c.form !== 'ed'
        ? false
        : !after.hasThat && (NOUN_PHRASE_CUE_VERBS.has(c.lemma) || toks[after.index]?.lower === 'to')
          ? true
          : 'comma',
    );
    const mainEnd = Math.min(clauseEnd, subordinateEnd(s, groupFirst, after.index - 1));
    // "Insisting it was not rehearsed, Trump invited …": an opening participle's content ends at its subject.
    const afterEnd = !inverted && phrase.start > cue.end ? Math.min(mainEnd, phrase.start) : mainEnd;
    const afterComma = toks[after.index]?.text === ',' && !after.hasThat;
    // "…, he said, he would leave": an aside cue splits one statement in two.
    // "But as Clyburn noted, …" joins the cue to what follows like "As the Times noted, …"
    const aside =
      afterComma &&
      (before?.text === ',' ||
        (viaAs && (!before || (groupFirst === floor + 1 && /^(but|and|yet|so)$/.test(before.lower))))) &&
      !inverted &&
      !/^(a|an)$/.test(toks[after.index + 1]?.lower ?? '');
    const afterStart = aside ? after.index + 1 : after.index;
    const afterSpan =
      afterStart < toks.length && (!afterComma || aside)
        ? trimContent(text, { start: toks[afterStart]!.start, end: afterEnd }, s)
        : null;
    const afterWords = afterSpan ? wordCount(text, afterSpan) : 0;
    // "…, he said after meeting aides" — what follows the cue is circumstance, not content.
    const afterIsAdjunct = afterSpan === null || ADJUNCT_STARTS.has(toks[afterStart]?.lower ?? '');
    const afterIsTitle =
      afterSpan !== null &&
      quoteAround(s.quotes, afterSpan.start) !== undefined &&
      isTitleCase(text.slice(afterSpan.start, afterSpan.end));
    const afterIsQuote =
      afterSpan !== null && quoteAround(s.quotes, afterSpan.start)?.inner.start === afterSpan.start;
    const beforeWords =
      toks[floor] && before ? wordCount(text, { start: toks[floor]!.start, end: before.start }) : 0;
    const beforeIsClause =
      beforeWords >= MIN_CLAUSE_WORDS &&
      !ADVERBIAL_OPENERS.has(toks[floor]!.lower) &&
      !/ing$/.test(toks[floor]!.lower);
    if (quoteBefore && !after.hasThat && toks[floor] && quoteBefore.start >= toks[floor]!.start) {
      // "The party “allows us to get our message out,” said X": a quote the sentence's own words run into
      // is the end of what was said, which starts with the sentence
      const runsIn = /[\p{L}\p{N}]\s*$/u.test(text.slice(toks[floor]!.start, quoteBefore.start));
      const span = trimContent(
        text,
        runsIn ? { start: toks[floor]!.start, end: quoteBefore.inner.end } : quoteBefore,
        s,
      );
      if (span) made.push(span);
    } else if (
      (before?.text === ',' ||
        (before && CLOSE_MARKS.test(before.text) && toks[groupFirst - 2]?.text === ',')) &&
      !after.hasThat &&
      (inverted || afterWords < MIN_AFTER_WORDS || (beforeIsClause && afterIsAdjunct) || aside) &&
      toks[floor]
    ) {
      const span = trimContent(text, { start: toks[floor]!.start, end: before!.start }, s);
      // "In the early 1990s, she said, …": an aside after an adverbial opening leaves it outside.
      const opening =
        aside &&
        wordCount(text, { start: toks[floor]!.start, end: before!.start }) < MIN_CLAUSE_WORDS &&
        (ADVERBIAL_OPENERS.has(toks[floor]!.lower) ||
          ADJUNCT_STARTS.has(toks[floor]!.lower) ||
          /^\d/.test(toks[floor]!.text));
      if (span && wordCount(text, span) >= MIN_BEFORE_WORDS && !opening) made.push(span);
    }
    // Content after: "X warned that …", "He said: “…”".
    const firstAfter = toks[afterStart]?.lower ?? '';
    // "members question or redefine …": a coordinated verb, not a report.
    const quoteInAfter =
      afterSpan !== null && s.quotes.some((q) => q.start >= afterSpan.start && q.start < afterSpan.end);
    // (after an aside cue the comma sets off what follows: "…, he says, and are meant for short use")
    const startsWithAdjunct =
      !aside &&
      (/^(or|and|nor|but)$/.test(firstAfter) ||
        (!after.hasThat &&
          !afterIsQuote &&
          c.last === c.index &&
          (SAY_LIKE_CUE_VERBS.has(c.lemma) && !quoteInAfter
            ? SAY_ADJUNCTS.has(firstAfter) &&
              !(firstAfter === 'about' && /^\d/.test(toks[afterStart + 1]?.text ?? ''))
            : firstAfter === 'to'
              ? SAY_LIKE_CUE_VERBS.has(c.lemma)
              : CIRCUMSTANCE_STARTS.has(firstAfter))));
    const afterOk =
      // "Sanders praises Obama": a noun-phrase cue's object may be one name
      (afterWords >= MIN_AFTER_WORDS ||
        (afterWords === 1 && NOUN_PHRASE_CUE_VERBS.has(c.lemma) && !!toks[afterStart]?.cap)) &&
      !afterIsTitle &&
      !startsWithAdjunct &&
      (!c.weak || after.hasThat || afterIsQuote || toks[groupLast + 1]?.text === ':') &&
      (!CLAUSE_CUE_VERBS.has(c.lemma) || after.hasThat || afterIsQuote || finiteSoon(toks, afterStart));
    if (afterSpan && afterOk && !(inverted && !afterIsQuote) && !(made.length > 0 && !afterIsQuote && !aside))
      made.push(
        ...(NOUN_PHRASE_CUE_VERBS.has(c.lemma) && !after.hasThat
          ? [afterSpan]
          : thatClauses(text, s, afterSpan)),
      );
    // "Reporter Jane Doe says:" closing a paragraph introduces the quote that opens the next one.
    if (
      !made.length &&
      toks[toks.length - 1]!.text === ':' &&
      after.index >= toks.length - 1 &&
      next?.quotes[0]?.start === next?.start
    ) {
      const span = next && trimContent(text, next, next);
      if (span) made.push(span);
    }
    if (!made.length) continue;
    for (const span of made) out.push(makeDraft(span, s, sentence, { cue, phrase, via: 'verb' }));
    lastPhrase = phrase;
    const lastEnd = Math.max(...made.map((m) => m.end), toks[groupLast]!.end);
    while (floor < toks.length && toks[floor]!.start < lastEnd) floor++;
  }
  return out;
}

/** How far into content a clause's verb may sit ("the new plan for the harbour was sound"), in tokens. */
const FINITE_REACH = 8;

/** A finite auxiliary or a contracted one ("she’s", not "the party’s") shortly after k, before any punctuation. */
function finiteSoon(toks: readonly Token[], k: number): boolean {
  for (let m = k; m < Math.min(toks.length, k + FINITE_REACH) && toks[m]!.word; m++)
    if (
      FINITE_AUXILIARIES.has(toks[m]!.lower) ||
      /^(he|she|it|that|there|they|we|i|you|who|what)[’'](s|re|ll|d|ve|m)$/.test(toks[m]!.lower)
    )
      return true;
  return false;
}
