// A statement before its speaker is resolved: content span, cue, and the speaker phrase as written.
import { PLACES } from '../lexicon/places';
import { quoteStartingAt } from '../quotes/quote-lookup';
import type { Sentence } from '../sentences/split-sentences';
import type { PhraseKind } from '../speakers/speaker-phrase';
import type { Cue, Span } from '../types';
import { TITLE_SMALL_WORDS } from '../lexicon/statement-words';

export interface SpeakerPhrase extends Span {
  readonly kind: PhraseKind | 'raw';
  /** What a relative "who" stands for ("Barkley"). */
  readonly antecedent?: SpeakerPhrase;
}

export interface Draft extends Span {
  readonly cue: Cue | null;
  /** The phrase naming the speaker, or null when it is inherited or unknown. */
  readonly phrase: SpeakerPhrase | null;
  readonly paragraph: number;
  readonly via: 'verb' | 'according' | 'colon' | 'passive' | 'float';
  /** Where to look for the outlet ("told CNN", "reported by Reuters"). */
  readonly context: Span;
}

/** Longest dateline we strip from the start of content, in characters. */
const MAX_DATELINE = 80;
/** "WASHINGTON (Reuters) — ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "DÜSSELDORF, Germany — ": a place in
 * capitals (or several, "TALLINN/RIGA"), an optional state and date after a comma, an optional agency. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’/-]+(?:,[^—–(\n]{1,40}?)?(?:\([^()\n]{1,30}\))?\s*(?:--|[—–-])\s+/u;
/** A live blog's time stamp before its entry: "10:00 a.m. — ", "14:05 – ". */
const TIME_STAMP = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*[—–-]\s+/i;
/** "New Delhi: …": a place's name and a colon, as Indian and Pakistani papers write a dateline. */
const PLACE_COLON = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}):\s+/u;
const placeColon = (head: string): RegExpExecArray | null => {
  const m = PLACE_COLON.exec(head);
  return m && PLACES.has((m[1] ?? '').toLowerCase()) ? m : null;
};
const EDGE = /[\s,;:.!?—–-]/;
const MARKS = /["“”«»„'‘’]/;

/** Trims spaces and edge punctuation; a span that is one whole quotation loses its marks too. */
export function trimContent(text: string, span: Span, s: Sentence): Span | null {
  let { start, end } = span;
  // "WASHINGTON (Reuters) — The Senate …": a dateline is not part of what was said.
  const head = text.slice(start, Math.min(end, start + MAX_DATELINE));
  const dateline = DATELINE.exec(head) ?? TIME_STAMP.exec(head) ?? placeColon(head);
  if (dateline) start += dateline[0].length;
  for (let pass = 0; pass < 3; pass++) {
    while (start < end && EDGE.test(text.charAt(start))) start++;
    while (end > start && EDGE.test(text.charAt(end - 1))) end--;
    // "… 'a special case,'": an inner quote's closing mark after its comma ends nothing said
    if (end - start > 2 && /['’]/.test(text.charAt(end - 1)) && /[,.!?]/.test(text.charAt(end - 2))) {
      end -= 2;
      continue;
    }
    const at = quoteStartingAt(s.quotes, start);
    const q = at && (at.end === end || (at.unclosed && at.end >= end)) ? at : undefined;
    if (q) {
      start = q.inner.start;
      end = Math.min(end, q.inner.end);
    } else if (end - start > 1 && MARKS.test(text.charAt(start)) && !quoteStartingAt(s.quotes, start))
      start++;
  }
  return end - start >= 2 ? { start, end } : null;
}

/** Callers only compare against small thresholds, so counting stops here (keeps long spans cheap). */
const MAX_COUNTED_WORDS = 16;

/** Words in a span, up to MAX_COUNTED_WORDS. */
export const wordCount = (text: string, span: Span): number => {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && n < MAX_COUNTED_WORDS; i++) {
    const c = text.charCodeAt(i);
    const w =
      c < 128
        ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
        : /[\p{L}\p{N}]/u.test(text.charAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
};

/** "Sunday Morning Futures", "The Art of the Deal": titles, not statements. */
export const isTitleCase = (s: string): boolean => {
  const w = s.split(/\s+/).filter((x) => /^\p{L}/u.test(x));
  return w.length > 0 && w.every((x) => /^\p{Lu}/u.test(x) || TITLE_SMALL_WORDS.has(x));
};
