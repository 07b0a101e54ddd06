// Sentences within paragraphs, never split inside a quotation (its cue stays with it) nor at Mr., Gov., U.S.
import { cueForm } from '../cues/find-cues';
import { ADDRESSEES } from '../lexicon/addressees';
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import {
  ABBREVIATIONS,
  BEFORE_NUMBER_ABBREVIATIONS,
  CLOCK_ABBREVIATIONS,
  CLOCK_ZONES,
  MAYBE_FINAL_ABBREVIATIONS,
} from '../lexicon/abbreviations';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import type { Quote } from '../quotes/find-quotes';
import { tokenize, type Token } from '../text/tokenize';
import type { Span } from '../types';
import { tokenAt } from '../text/token-window';
import { CUE_END_WORDS } from '../lexicon/sentence-words';
import { itemAt } from '../text/item-at';
import { hasVerb } from '../statements/has-verb';
import { timeStampEnd } from './time-stamp';

export interface Sentence extends Span {
  readonly paragraph: number;
  readonly tokens: readonly Token[];
  /** Quotes that start in this sentence. */
  readonly quotes: readonly Quote[];
}

/** Longer "sentences" are run-on text or markup; cut them so every later step stays linear. */
const MAX_SENTENCE_TOKENS = 1000;
const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '"', "''", '’', '»', ')', ']']);
const QUOTE_CLOSERS = new Set(['”', '"', "''", '»']);

/** A closing mark or stop glued to the previous token belongs to the sentence ending there. */
function attached(tokens: readonly Token[], n: number): boolean {
  const t = tokenAt(tokens, n);
  return (CLOSERS.has(t.text) || TERMINAL.has(t.text)) && t.start === tokenAt(tokens, n - 1).end;
}

function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokenAt(tokens, i);
  let n = i + 1;
  while (n < tokens.length && attached(tokens, n)) n++;
  const next = tokens[n];
  if (!next) return true;
  if (!(next.cap || /^[\p{N}“"‘'([«]/u.test(next.text))) return false;
  // "lost 16 lbs. “and two belt loops”": a quote or bracket that opens lowercase goes on with the sentence
  const opened = tokens[n + 1];
  if (!next.word && opened?.word && !opened.cap && /^\p{Ll}/u.test(opened.text) && opened.start === next.end)
    return false;
  const prev = tokens[i - 1];
  if (t.text !== '.' || !prev || prev.end !== t.start || !prev.word) return true;
  const w = prev.lower;
  if (w.length === 1 && prev.cap) return false; // an initial: "John F. Kennedy"
  // ("… how to say no." He …": a quote closed right after the stop ends the sentence, whatever the word)
  if (n > i + 1 && QUOTE_CLOSERS.has(tokenAt(tokens, i + 1).text)) return true;
  if (ABBREVIATIONS.has(w)) return BEFORE_NUMBER_ABBREVIATIONS.has(w) && !/^\p{N}/u.test(next.text);
  // "about 1 p.m. Saturday, police said": a clock time's day goes on with it
  // ("… by 7 a.m. Meteorologist Dan Kelly said …": any other capitalised word opens the next sentence)
  if (CLOCK_ABBREVIATIONS.has(w))
    return !(WEEKDAYS.has(next.lower) || MONTHS.has(next.lower) || CLOCK_ZONES.has(next.lower));
  if (MAYBE_FINAL_ABBREVIATIONS.has(w) || /^(\p{L}\.)+\p{L}$/u.test(w)) return NON_NAME_CAPS.has(next.lower);
  return true;
}

export function splitSentences(
  text: string,
  paragraphs: readonly Span[],
  quotes: readonly Quote[],
): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  paragraphs.forEach((p, paragraph) => {
    const tokens = tokenize(text, p);
    let first = 0;
    const flush = (last: number): void => {
      if (last < first) return;
      const toks = tokens.slice(first, last + 1);
      const start = tokenAt(toks, 0).start;
      const end = tokenAt(toks, toks.length - 1).end;
      while (q < quotes.length && itemAt(quotes, q).start < start) q++;
      let k = q;
      while (k < quotes.length && itemAt(quotes, k).start < end) k++;
      out.push({ start, end, paragraph, tokens: toks, quotes: quotes.slice(q, k) });
      q = k;
      first = last + 1;
    };
    // ("16.06 AirAsia QZ8501 made …": a live blog's time stamp opening its entry is no part of a sentence)
    const stamp = timeStampEnd(tokens);
    if (stamp >= 0) flush(stamp);
    let qi = q;
    for (let i = first; i < tokens.length; i++) {
      const t = tokenAt(tokens, i);
      while (qi < quotes.length && itemAt(quotes, qi).end <= t.start) qi++;
      const quote = quotes[qi];
      const inside = quote !== undefined && quote.start < t.start && t.start < quote.inner.end;
      if (i - first >= MAX_SENTENCE_TOKENS) {
        flush(i); // run-on text: bound the work any one sentence can cost
        continue;
      }
      if (t.word || !TERMINAL.has(t.text)) continue; // words never end one: no hashing every word's text
      // Inside a quote only its final stop ends one: always if set inside the sentence, else before a new one
      const embedded = inside && quote.start > tokenAt(tokens, first).start; // (called it "a step." He …)
      if (inside && !(quote.inner.end === t.end && (embedded || endsAfterQuote(tokens, i)))) continue;
      if (!endsSentence(tokens, i)) continue;
      let last = i;
      while (last + 1 < tokens.length && attached(tokens, last + 1)) last++;
      flush(last);
      i = last;
    }
    flush(tokens.length - 1);
  });
  return out;
}

/** Most name words between a quote and its cue verb ("“Why?” asked Dr. Ana Ruiz"). */
const MAX_NAME_WORDS = 4;

/** After `“… now?”` a new sentence starts with a capitalised word, unless it names the speaker of a cue
 * that says nothing else: `“Are there prizes?” Tamsin asked before teeing off.` stays one sentence. */
function endsAfterQuote(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 2];
  // (`… “unhinged.” “So Donald …`: a quote opening right after starts a sentence of its own)
  if (after !== undefined && /^[“‘«]$/.test(after.text)) return true;
  // (`… "won't confirm." "I think …`: a straight mark before a capital opens one too)
  if (after?.text === '"' && tokens[i + 3]?.cap) return true;
  if (after === undefined || !after.cap) return after === undefined;
  for (let k = i + 3; k < tokens.length && k - i - 2 <= MAX_NAME_WORDS; k++) {
    const t = tokenAt(tokens, k);
    const cue = t.word && !t.cap ? cueForm(t.lower) : undefined;
    if (cue) {
      // "He adds, “…”": a quote after the cue is its own content
      const quoteNext = tokens[k + 1]?.text === ',' && /^[“"‘']/.test(tokens[k + 2]?.text ?? '');
      return !((cue.form === 's' || cue.form === 'ed') && endsCue(tokens, k, cue.lemma) && !quoteNext);
    }
    // "“…?” Michael Every, a senior strategist for Rabobank, said in a commentary": past an apposition
    if (t.text === ',' && k > i + 2) return !cueAfterApposition(tokens, k);
    if (!(t.cap || t.text === '.')) return true;
  }
  return true;
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on']); // "said in a commentary"

/** What follows the cue at k leaves the quote as its content: the end, a circumstance ("asked before
 * leaving"), where it was said, an outlet it was said to ("said to People.", not "replied to him that …"),
 * or whom a question was put to ("asked reporters"). */
function endsCue(tokens: readonly Token[], k: number, lemma: string): boolean {
  const next = tokens[k + 1]?.lower ?? '.';
  if (CUE_END_WORDS.has(next) || PLACE_PREPOSITIONS.has(next)) return true;
  if (next === 'to') return tokens[k + 2]?.cap === true && TERMINAL.has(tokens[k + 3]?.text ?? '.');
  if (lemma === 'tell') return toldWhomOnly(tokens, k);
  return lemma === 'ask' && ADDRESSEES.has(next) && !OBJECT_PRONOUNS.has(next);
}

/** Longest "told …" addressee that leaves the quote before it as the content, in tokens. */
const MAX_ADDRESSEE = 12;

/** "“…?” Trump told Britain’s ITV television station.": an outlet or "reporters" and no "that" of their
 * own before the sentence or a circumstance ("told reporters that …" says something else). */
function toldWhomOnly(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const named = next?.cap || (next?.lower === 'the' && tokens[k + 2]?.cap);
  if (!next || !(named || (ADDRESSEES.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower)))) return false;
  for (let m = k + 1; m < tokens.length && m - k <= MAX_ADDRESSEE; m++) {
    const t = tokenAt(tokens, m);
    // (the end, or a circumstance after the addressee: "… in an interview aired Monday when asked …")
    const circumstance = CUE_END_WORDS.has(t.lower) || PLACE_PREPOSITIONS.has(t.lower);
    if (TERMINAL.has(t.text)) return true;
    // ("told reporters in Ottawa that all options …": what was told comes after the circumstance)
    if (m > k + 1 && circumstance && t.word) return !saysMoreBy(tokens, m);
    // ("told reporters the claims were baseless": a clause of its own, what was told)
    if (t.lower === 'that' || /^[“"‘:]$/.test(t.text) || hasVerb(tokens, m, m + 1)) return false;
  }
  return false;
}
/** A "that" clause or a quote of its own before the sentence's end, from token m on. */
function saysMoreBy(tokens: readonly Token[], m: number): boolean {
  for (let k = m; k < tokens.length && !TERMINAL.has(tokenAt(tokens, k).text); k++)
    if (tokenAt(tokens, k).lower === 'that' || /^[“"‘:]$/.test(tokenAt(tokens, k).text)) return true;
  return false;
}

/** Longest apposition between a quote's speaker and the cue, in tokens. */
const MAX_APPOSITION = 20;

/** The comma at `comma` opens an apposition closed by a comma right before a sentence-final cue. */
function cueAfterApposition(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma + 1; k < tokens.length && k - comma <= MAX_APPOSITION; k++) {
    const t = tokenAt(tokens, k);
    if (TERMINAL.has(t.text) || /^[“”"‘’']$/.test(t.text)) return false;
    if (t.text !== ',') continue;
    const v = tokens[k + 1];
    const cue = v?.word && !v.cap ? cueForm(v.lower) : undefined;
    return (cue?.form === 's' || cue?.form === 'ed') && endsCue(tokens, k + 1, cue.lemma);
  }
  return false;
}
