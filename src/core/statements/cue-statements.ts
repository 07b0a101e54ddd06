// Statements around cue verbs in one sentence: "X warned that …", "“…,” X said", "…, said X",
// "…, X maintains", "He emphasized …, suggesting that …" (the participle reuses the sentence's speaker).
import { findCues, insideQuote, type CueMatch } from '../cues/find-cues';
import { quoteAround, quoteEndingBy } from '../quotes/quote-lookup';
import { CUE_NOUNS } from '../lexicon/cue-nouns';
import type { Sentence } from '../sentences/split-sentences';
import { phraseAfter, phraseBefore, skipAuxBack, type Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import type { Span } from '../types';
import { isTitleCase, trimContent, wordCount, type Draft, type SpeakerPhrase } from './draft';
import { skipAfterCue } from './skip-adjuncts';

/** Fewest words for content after a cue ("said they were angry" has 3). */
const MIN_AFTER_WORDS = 2;
/** Longest content we look through for its end, in tokens (bounds work on run-on text). */
const MAX_CONTENT_TOKENS = 400;
/** Content shorter than this is never cut at a side clause ("that CNN, a fellow network, …"). */
const MIN_CUT_TOKENS = 3;
/** Drafts of this sentence that a later cue may sit inside. */
const RECENT_DRAFTS = 4;
/** Fewest words for content before a cue that is not a quotation. */
const MIN_BEFORE_WORDS = 3;
/** A comma-ended opening this long that is no adverbial ("In Texas,") is what was said. */
const MIN_CLAUSE_WORDS = 4;
/** How far before a cue verb its subject's cue noun may be ("statements at the time"). */
const MAX_NOUN_LOOKBACK = 5;
/** Capitalised adjectives ("Chinese comments") that are no speaker unless the article names them. */
const DEMONYM =
  /(ese|ish|ian|ean)$|^(american|mexican|african|european|korean|cuban|german|western|eastern|northern|southern|israeli|iraqi|pakistani|saudi|afghan|arab|arabic|islamic|catholic|democratic|republican|hispanic|latino|muslim|jewish|christian|united|national|federal|international|chinese|japanese|french|greek|dutch|thai|swiss)$/;
/** Words after a comma that open a side clause, where what was said usually ends. */
const CLAUSE_CUTS = new Set(
  'but though although while whereas because even after before so who which a an'.split(' '),
);
const ADJUNCT_STARTS = new Set(
  'after before during in at on when while as because of about since until to for with without by from'.split(
    ' ',
  ),
);
/** Words that open a new clause after ", and". */
const NEW_CLAUSE = /^(he|she|they|it|we|i|the|a|an|his|her|their|its|this|that|there|\p{Lu}.*)$/u;
/** Cues after which "to …" names the audience, not what was said. */
const SAY_LIKE = new Set([
  'say',
  'tell',
  'speak',
  'talk',
  'write',
  'add',
  'declare',
  'explain',
  'comment',
  'respond',
  'reply',
  'testify',
  'continue',
]);
/** Words that open a circumstance ("said after the meeting") rather than content. */
const CIRCUMSTANCE_STARTS = new Set('after before during when while since until without'.split(' '));
/** Prepositions that end a noun-phrase object ("criticized the law during a stop in Flint"). */
const NP_STOPS = new Set('during until while'.split(' '));
/** Cues whose content is a noun phrase rather than a clause ("praised Boyle", "called the KKK abhorrent"). */
const NP_VERBS = new Set(
  'praise criticize criticise blast slam attack reject dismiss defend accuse describe characterize characterise call cite thank question tout mention hail laud applaud congratulate tweet post announce condemn denounce decry blame ridicule lambaste chide scold rebuke fault assail berate dub outline'.split(
    ' ',
  ),
);
const CHAIN = new Set(['and', 'but', 'while', 'before', 'then']);
const CLOSE_MARKS = /^(”|"|''|’|»)$/;
/** -ing words after a comma that do not start a side clause. */
const NOT_PARTICIPLE = new Set(
  'including according during nothing something anything everything morning evening regarding concerning following notwithstanding'.split(
    ' ',
  ),
);

function phraseSpan(tokens: readonly Token[], p: Phrase): SpeakerPhrase {
  let first = p.first;
  if (p.kind === 'proper' && tokens[first]!.lower === 'the' && first < p.last) first++;
  const span = { start: tokens[first]!.start, end: tokens[p.last]!.end, kind: p.kind };
  return p.antecedent ? { ...span, antecedent: phraseSpan(tokens, p.antecedent) } : span;
}

/** Where content after token k stops: a chained cue, ", according to", or a comma + participle clause. */
function contentEnd(
  s: Sentence,
  k: number,
  chained: ReadonlySet<number>,
  finite: ReadonlySet<number>,
  npObject: boolean,
): number {
  const toks = s.tokens;
  for (let m = k + 1; m < Math.min(toks.length, k + MAX_CONTENT_TOKENS); m++) {
    const t = toks[m]!;
    // A comma just inside a closing quote ("…Cleveland,” referring to …) counts as after it.
    const quotedComma = CLOSE_MARKS.test(t.text) && toks[m - 1]?.text === ',';
    if (insideQuote(s, t.start) && !quotedComma) continue;
    if (m - k <= MIN_CUT_TOKENS && !chained.has(m)) continue; // "that CNN, a fellow network, has …"
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
      !NOT_PARTICIPLE.has(next.lower)
    )
      return cut;
    if (comma && next?.lower === 'according') return cut;
    if (comma && finite.has(m + 1)) return cut; // "…, said one candidate …": another statement
    if (finite.has(m) && t.word && toks[m - 1]!.text === ',') return toks[m - 1]!.start;
    // ", and the …" starts a new clause that the speaker did not say.
    if (comma && next?.lower === 'and' && NEW_CLAUSE.test(toks[m + 2]?.text ?? '')) return cut;
    // ", but that …" continues the report with a second that-clause.
    if (t.text === ';' || (comma && CLAUSE_CUTS.has(next?.lower ?? '') && toks[m + 2]?.lower !== 'that'))
      return cut;
    if ((t.text === '—' || t.text === '–' || t.text === '―' || t.text === '(') && t.start > toks[m - 1]!.end)
      return t.start;
    // "praised Boyle at a press conference": a noun-phrase object ends at its circumstances.
    if (npObject && NP_STOPS.has(t.lower) && m - k > 1) return t.start;
  }
  return s.end;
}

const OPENERS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday last this asked according speaking addressing if because to for from by over under without once now then here there like unlike for so yes no well indeed moreover however also still again first second finally in during after before at on as when while since with despite although though later earlier meanwhile but and still yet instead hours days'.split(
    ' ',
  ),
);

/** The sentence's subject, for a participle cue with no statement before it ("Trump, telling Reuters, …"). */
function subjectOf(toks: readonly Token[], before: number): SpeakerPhrase | null {
  let k = 0;
  if (OPENERS.has(toks[0]?.lower ?? '')) {
    while (k < before && toks[k]!.text !== ',') k++;
    k++;
  }
  const p = k < before ? phraseAfter(toks, k, before - 1) : null;
  return p ? phraseSpan(toks, p) : null;
}

/** "White House statements at the time characterized …": the speaker owns a cue noun in the subject. */
function cueNounOwner(toks: readonly Token[], j: number, floor: number): Phrase | null {
  for (let k = j; k >= Math.max(floor, j - MAX_NOUN_LOOKBACK); k--) {
    const t = toks[k]!;
    if (!t.word) return null;
    if (CUE_NOUNS.has(t.lower)) {
      const p = phraseBefore(toks, k - 1, floor);
      return p &&
        p.kind === 'proper' &&
        (p.first === floor || !toks[p.first - 1]!.word || OPENERS.has(toks[p.first - 1]!.lower))
        ? p
        : null;
    }
  }
  return null;
}

const POSTMODIFIER_STARTS = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', 'to']);
/** Longest postmodifier between a subject's head and its cue ("A spokesman for the Senate campaign"). */
const MAX_POSTMODIFIER = 10;

/** "A spokesman for the Senate Democratic campaign effort said": the head before a prepositional tail. */
function modifiedSubject(toks: readonly Token[], j: number, floor: number): Phrase | null {
  for (let k = j; k > floor && j - k < MAX_POSTMODIFIER; k--) {
    const t = toks[k]!;
    if (!t.word) return null;
    if (!POSTMODIFIER_STARTS.has(t.lower)) continue;
    const p = phraseBefore(toks, k - 1, floor);
    if (p && p.kind !== 'pronoun' && (p.first === floor || !toks[p.first - 1]!.word)) return p;
  }
  return null;
}

function isChained(toks: readonly Token[], c: CueMatch): boolean {
  const j = skipAuxBack(toks, c.index - 1, 0);
  const b = toks[j];
  return (
    b !== undefined &&
    (CHAIN.has(b.lower) ||
      ((b.text === ',' || b.text === '—' || b.text === '–' || b.text === '-') && c.form === 'ing'))
  );
}

export function cueStatements(
  text: string,
  s: Sentence,
  sentence: number,
  next: Sentence | undefined,
  isKnownSpeaker: (word: string) => boolean,
): Draft[] {
  const toks = s.tokens;
  const cues = findCues(s);
  const chained = new Set(cues.filter((c) => isChained(toks, c)).map((c) => c.index));
  const finite = new Set(cues.filter((c) => c.form === 's' || c.form === 'ed').map((c) => c.index));
  // Where a later cue's own subject begins ("…, and when asked, he said"), earlier content ends.
  for (const c of cues) {
    if (chained.has(c.index) || c.form === 'ing') continue;
    const p = phraseBefore(toks, skipAuxBack(toks, c.index - 1, 0), 0);
    if (p && p.kind !== 'unnamed') finite.add(p.first);
  }
  const out: Draft[] = [];
  let floor = 0; // first token not yet used by a statement in this sentence
  let lastPhrase: SpeakerPhrase | null = null;
  for (const c of cues) {
    const cueAt = toks[c.index]!.start;
    // "It was first declared by Nixon": passives with "by" are backward attributions (passive step).
    if (c.form === 'ed' && toks[c.last + 1]?.lower === 'by') continue;
    if (out.slice(-RECENT_DRAFTS).some((d) => d.start <= cueAt && cueAt < d.end)) continue;
    let phrase: SpeakerPhrase | null = null;
    let groupFirst = c.index;
    let groupLast = c.last;
    let inverted = false;
    if (chained.has(c.index)) phrase = lastPhrase ?? subjectOf(toks, c.index);
    else {
      const j = skipAuxBack(toks, c.index - 1, 0);
      const raw = phraseBefore(toks, j, 0) ?? cueNounOwner(toks, j, floor) ?? modifiedSubject(toks, j, floor);
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
      } else if (c.form !== 'ing') {
        const prev = toks[c.index - 1];
        if (!prev || prev.text === ',' || CLOSE_MARKS.test(prev.text)) {
          const a = phraseAfter(toks, c.last + 1, toks.length - 1);
          if (a && a.kind !== 'pronoun') {
            phrase = phraseSpan(toks, a);
            groupLast = a.last;
            inverted = true;
          }
        }
      }
    }
    if (!phrase) continue;
    const cue = {
      start: toks[c.index]!.start,
      end: toks[c.last]!.end,
      text: text.slice(toks[c.index]!.start, toks[c.last]!.end),
    };
    const made: Span[] = [];
    // Content before: "“…,” she said" or "…, Blackwell maintains."
    // "As the Times noted, …" / "…, as supporters point out": "as" joins the cue to what was said.
    const viaAs = toks[groupFirst - 1]?.lower === 'as';
    if (viaAs) groupFirst--;
    const before = toks[groupFirst - 1];
    const lastQuote = quoteEndingBy(s.quotes, toks[groupFirst]!.start);
    const quoteBefore =
      lastQuote &&
      /^[\s,]*$/.test(text.slice(lastQuote.end, toks[groupFirst]!.start)) &&
      wordCount(text, lastQuote.inner) >= 2 &&
      !isTitleCase(text.slice(lastQuote.inner.start, lastQuote.inner.end))
        ? lastQuote
        : undefined;
    const after = skipAfterCue(toks, groupLast + 1, c.lemma, toks.length);
    // After "that" a leading ", while …," aside belongs to the content.
    const afterEnd = contentEnd(
      s,
      after.hasThat && toks[after.index]?.text === ',' ? after.index : after.index - 1,
      chained,
      finite,
      NP_VERBS.has(c.lemma) && !after.hasThat,
    );
    const afterComma = toks[after.index]?.text === ',' && !after.hasThat;
    // "…, he said, he would leave": an aside cue splits one statement in two.
    const aside =
      afterComma &&
      (before?.text === ',' || (viaAs && !before)) &&
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
      beforeWords >= MIN_CLAUSE_WORDS && !OPENERS.has(toks[floor]!.lower) && !/ing$/.test(toks[floor]!.lower);
    if (quoteBefore && !after.hasThat && toks[floor] && quoteBefore.start >= toks[floor]!.start) {
      const span = trimContent(text, quoteBefore, s);
      if (span) made.push(span);
    } else if (
      (before?.text === ',' ||
        (before && CLOSE_MARKS.test(before.text) && toks[groupFirst - 2]?.text === ',')) &&
      !after.hasThat &&
      (inverted || afterWords < MIN_AFTER_WORDS || (beforeIsClause && afterIsAdjunct) || aside) &&
      toks[floor]
    ) {
      const span = trimContent(text, { start: toks[floor]!.start, end: before!.start }, s);
      if (span && wordCount(text, span) >= MIN_BEFORE_WORDS) made.push(span);
    }
    // Content after: "X warned that …", "He said: “…”".
    const firstAfter = toks[afterStart]?.lower ?? '';
    // "members question or redefine …": a coordinated verb, not a report.
    const startsWithAdjunct =
      /^(or|and|nor|but)$/.test(firstAfter) ||
      (!after.hasThat &&
        !afterIsQuote &&
        c.last === c.index &&
        (firstAfter === 'to' ? SAY_LIKE.has(c.lemma) : CIRCUMSTANCE_STARTS.has(firstAfter)));
    const afterOk =
      afterWords >= MIN_AFTER_WORDS &&
      !afterIsTitle &&
      !startsWithAdjunct &&
      (!c.weak || after.hasThat || afterIsQuote || toks[groupLast + 1]?.text === ':');
    if (afterSpan && afterOk && !(inverted && !afterIsQuote) && !(made.length > 0 && !afterIsQuote && !aside))
      made.push(afterSpan);
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
    const object = after.object;
    const context = { start: s.start, end: s.end };
    void object;
    for (const span of made)
      out.push({ ...span, cue, phrase, sentence, paragraph: s.paragraph, via: 'verb', context });
    lastPhrase = phrase;
    const lastEnd = Math.max(...made.map((m) => m.end), toks[groupLast]!.end);
    while (floor < toks.length && toks[floor]!.start < lastEnd) floor++;
  }
  return out;
}
