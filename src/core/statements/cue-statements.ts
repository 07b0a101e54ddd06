// Statements around cue verbs in one sentence: "X warned that …", "“…,” X said", "…, said X",
// "…, X maintains", "He emphasized …, suggesting that …" (the participle reuses the sentence's speaker).
import { findCues, type CueMatch } from '../cues/find-cues';
import { MEANS_NOUNS } from '../lexicon/cue-nouns';
import { SUBORDINATORS } from '../lexicon/clause-words';
import { NOUN_PHRASE_CUE_VERBS } from '../lexicon/cue-verbs';
import type { Sentence } from '../sentences/split-sentences';
import type { Span } from '../types';
import { afterCue, afterIsSaid, type AfterContent } from './after-cue';
import { beforeCue } from './before-cue';
import { endsAfterAdjuncts, scanCues, type CueScan, type CueSubject } from './cue-scan';
import { CLOSE_MARKS } from './content-end';
import { cueSpeaker } from './cue-speaker';
import { trimContent, type Draft, type SpeakerPhrase } from './draft';
import { makeDraft, tokenCue } from './make-draft';
import { thatClauses } from './that-clauses';
import { quotedObject } from './quoted-as';
import { tweetStatement } from './tweet-statement';
import { tokenAt, tokenOrNone } from '../text/token-window';
import { itemAt } from '../text/item-at';

const DASHES: ReadonlySet<string> = new Set(['—', '–', '―']);
/** Drafts of this sentence that a later cue may sit inside. */
const RECENT_DRAFTS = 4;

export function cueStatements(
  text: string,
  s: Sentence,
  next: Sentence | undefined,
  isKnownSpeaker: (word: string) => boolean,
): Draft[] {
  const toks = s.tokens;
  // "… — Jane Roe (@janeroe) December 18, 2018": an embedded tweet's signature is an inverted cue
  const tweet = tweetStatement(text, s);
  if (tweet) return [tweet];
  const cues = findCues(s);
  if (cues.length === 0) return [];
  const scan = scanCues(text, s, cues, isKnownSpeaker);
  const drafts = readCues(scan, cues, next);
  // "The pilot … reported a loss of power …, investigators said Tuesday.": a report closing the sentence
  // that the cues before it left nothing holds them all, so it is read first and they fall inside it
  const last = cues.at(-1);
  const lastAt = last && tokenAt(toks, last.index).start;
  const made = (d: readonly Draft[]): boolean => d.some((x) => x.cue?.start === lastAt);
  // (most sentences have one cue, or their last made a statement: nothing more to read)
  if (cues.length < 2 || made(drafts)) return drafts;
  const closing = closingCue(scan, cues);
  if (!closing) return drafts;
  const closed = readCues(scan, [closing, ...cues.filter((c) => c !== closing)], next);
  return made(closed) ? closed.sort((a, b) => a.start - b.start) : drafts;
}

/** The statements of `cues` read in this order, each after the tokens the ones before it used. */
function readCues(scan: CueScan, cues: readonly CueMatch[], next: Sentence | undefined): Draft[] {
  const { text, s, toks } = scan;
  const out: Draft[] = [];
  let floor = 0; // first token not yet used by a statement in this sentence
  let lastPhrase: SpeakerPhrase | null = null;
  for (const c of cues) {
    if (skipped(scan, c, out)) continue;
    const sub = cueSpeaker(scan, c, floor, lastPhrase);
    // "costs are lower than TransLink says they are": a comparison, not a report
    if (!sub || tokenOrNone(toks, sub.groupFirst - 1)?.lower === 'than') continue;
    // "As the Times noted, …" / "…, as supporters point out": "as" joins the cue to what was said.
    const groupFirst =
      tokenOrNone(toks, sub.groupFirst - 1)?.lower === 'as' ? sub.groupFirst - 1 : sub.groupFirst;
    const cue = tokenCue(text, toks, c.index, c.last);
    const a = afterCue(scan, c, sub, groupFirst, cue, floor);
    const made = contentOf(scan, c, sub, groupFirst, a, floor, next);
    if (!made.length) continue;
    for (const span of made) out.push(makeDraft(span, s, { cue, phrase: sub.phrase, via: 'verb' }));
    lastPhrase = sub.phrase;
    const lastEnd = Math.max(...made.map((m) => m.end), tokenAt(toks, sub.groupLast).end);
    while (floor < toks.length && tokenAt(toks, floor).start < lastEnd) floor++;
  }
  return out;
}

/** The sentence's last cue when it closes the sentence after a comma and its subject ("…, police said
 * Tuesday."), with another cue before it; else undefined. */
function closingCue(scan: CueScan, cues: readonly CueMatch[]): CueMatch | undefined {
  const c = cues.at(-1);
  const p = c && scan.subjects.get(c.index);
  // (not past a dash that leaves a clause before it: "… to blame — it’s a two-way street, they insist"; a
  // dateline's dash before the first lowercase word is none: "CAIRO — Talks …")
  const lead = scan.toks.findIndex((t) => t.word && !t.cap);
  const dashes = scan.toks.slice(lead, p?.first ?? 0).filter((t) => DASHES.has(t.text)).length;
  // ("…, urged both sides to return “in good faith,” the State Department said": the comma inside a quote;
  // "…, the World Bank said": a name's phrase starts after its "the")
  const first = (p?.first ?? 0) - (scan.toks[(p?.first ?? 0) - 1]?.lower === 'the' ? 1 : 0);
  const comma = CLOSE_MARKS.has(scan.toks[first - 1]?.text ?? '') ? 2 : 1;
  const closes =
    c &&
    p &&
    scan.toks[first - comma]?.text === ',' &&
    scan.finite.has(p.first) &&
    dashes % 2 === 0 &&
    !subordinateBefore(scan.toks, p.first - comma);
  // ("DuVernay said she felt … because “…,” she said": a pronoun closing the words of a speaker who opened
  // the sentence repeats that speaker)
  const opening = scan.toks.findIndex((t) => t.word);
  const repeats =
    p?.kind === 'pronoun' && cues.some((x) => x !== c && scan.subjects.get(x.index)?.first === opening);
  return closes && !repeats && cues.length > 1 && endsAfterAdjuncts(scan.toks, c) ? c : undefined;
}

/** Words that may stand before a subordinator opening a clause ("and when …", "But just as …"). */
const SUBORDINATE_LEADS: ReadonlySet<string> = new Set(['and', 'but', 'just', 'yet', 'so']);

/** "…, and when Ana Ruiz said …, a man yelled.": the clause before the comma at `comma` is subordinate, what
 * the sentence tells around a report, not what the closing one reports. */
function subordinateBefore(toks: CueScan['toks'], comma: number): boolean {
  let b = comma - 1;
  while (b > 0 && tokenAt(toks, b - 1).text !== ',') b--;
  while (SUBORDINATE_LEADS.has(tokenAt(toks, b).lower)) b++;
  return SUBORDINATORS.has(tokenAt(toks, b).lower) || tokenAt(toks, b).lower === 'as';
}

/** Cues that make no statement here: passives with "by" ("It was first declared by Nixon" is the passive
 * step's) and cues inside a statement this sentence already made. */
function skipped(scan: CueScan, c: CueMatch, out: readonly Draft[]): boolean {
  const toks = scan.toks;
  // ("said by phone" is no passive)
  if (c.form === 'ed' && toks[c.last + 1]?.lower === 'by' && !MEANS_NOUNS.has(toks[c.last + 2]?.lower ?? ''))
    return true;
  // ("Interfax quoted Peskov as saying …": the participle after "as" reports, for the one quoted)
  if (c.lemma === 'quote' && quotedObject(toks, c.index)) return true;
  const cueAt = tokenAt(toks, c.index).start;
  for (let k = Math.max(0, out.length - RECENT_DRAFTS); k < out.length; k++)
    if (itemAt(out, k).start <= cueAt && cueAt < itemAt(out, k).end) return true;
  return false;
}

/** The spans cue c reports: before it, after it (one per that-clause), or the quote opening the next
 * paragraph after a closing "says:". */
function contentOf(
  scan: CueScan,
  c: CueMatch,
  sub: CueSubject,
  groupFirst: number,
  a: AfterContent,
  floor: number,
  next: Sentence | undefined,
): Span[] {
  const { text, s, toks } = scan;
  const made: Span[] = [];
  if (a.yields) return made;
  // ("Students pitched tents on the quad, vowing to stay": a participle with words of its own after it
  // reports those; the clause before it is the writer's)
  const participle = c.form === 'ing' && groupFirst === c.index && a.span !== null;
  const before = participle ? null : beforeCue(scan, sub, groupFirst, a, floor, c.weak);
  if (before) made.push(before);
  if (
    a.span &&
    afterIsSaid(scan, c, a, sub.groupLast, before !== null) &&
    !(sub.inverted && !a.isQuote) &&
    !(made.length > 0 && !a.isQuote && !a.aside)
  )
    made.push(
      ...(NOUN_PHRASE_CUE_VERBS.has(c.lemma) && !a.after.hasThat ? [a.span] : thatClauses(text, s, a.span)),
    );
  // "Reporter Jane Doe says:" closing a paragraph introduces the quote that opens the next one.
  if (
    !made.length &&
    tokenAt(toks, toks.length - 1).text === ':' &&
    a.after.index >= toks.length - 1 &&
    next?.quotes[0]?.start === next?.start
  ) {
    const span = next && trimContent(text, next, next);
    if (span) made.push(span);
  }
  return made;
}
