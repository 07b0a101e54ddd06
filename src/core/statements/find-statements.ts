// All statement drafts, in text order: each sentence through the statement rules (statement-rules.ts), then
// cue-less quotes that continue a speaker.
import type { Sentence } from '../sentences/split-sentences';
import { wordCount, type Draft } from './draft';
import { floatingQuotes } from './floating-quotes';
import { STATEMENT_RULES } from './statement-rules';
import { itemAt } from '../text/item-at';

const overlaps = (a: Draft, b: Draft): boolean => a.start < b.end && b.start < a.end;
/** Fewest words a draft keeps when a draft already found cuts its tail off. */
const MIN_TRIMMED_WORDS = 3;
const MIN_TRIMMED_CHARS = 8;
/** Where a span cut at offset end stops: before trailing spaces, punctuation and a dangling "and when". */
function trimEnd(text: string, start: number, end: number): number {
  const m = /(?:[\s,;:—–-]+(?:and|but|or|as|when|while|if|after|because|though)?)*[\s,;:—–(-]*$/.exec(
    text.slice(start, end),
  );
  return m ? start + m.index : end;
}

export function findStatements(
  text: string,
  sentences: readonly Sentence[],
  isKnownSpeaker: (word: string) => boolean,
): Draft[] {
  const found: Draft[] = [];
  // Accepted drafts never overlap, so kept sorted by start they are sorted by end too: one binary
  // search finds the only neighbour that could overlap a new draft (linear overall on huge inputs).
  const sorted: Draft[] = [];
  const add = (d: Draft | null): void => {
    if (!d) return;
    let lo = 0;
    let hi = sorted.length;
    if (hi > 0 && itemAt(sorted, hi - 1).start < d.end) lo = hi; // appending in order: the usual case
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (itemAt(sorted, mid).start < d.end) lo = mid + 1;
      else hi = mid;
    }
    const before = sorted[lo - 1];
    if (before && overlaps(before, d)) {
      // "He said he had not seen it, and when asked whether …": an earlier draft ("whether …") took the
      // tail; what precedes it is still what was said, so the later draft gives way instead of vanishing.
      const cut = before.start > d.start ? trimEnd(text, d.start, before.start) : d.start;
      if (
        cut - d.start < MIN_TRIMMED_CHARS ||
        wordCount(text, { start: d.start, end: cut }) < MIN_TRIMMED_WORDS
      )
        return;
      add({ ...d, end: cut });
      return;
    }
    if (lo === sorted.length) sorted.push(d);
    else sorted.splice(lo, 0, d);
    found.push(d);
  };
  sentences.forEach((sentence, i) => {
    const c = { text, sentence, previous: sentences[i - 1], next: sentences[i + 1], isKnownSpeaker };
    for (const rule of STATEMENT_RULES) for (const d of rule.builds(c)) add(d);
  });
  // (indexed by paragraph number, not a Map: a megabyte of one-line paragraphs makes it huge)
  const paragraphStart: number[] = [];
  for (const s of sentences) paragraphStart[s.paragraph] ??= s.start;
  const firstInParagraph = (q: { start: number; paragraph: number }): boolean =>
    paragraphStart[q.paragraph] === q.start;
  const floating = floatingQuotes(text, sentences, found, firstInParagraph);
  return [...found, ...floating].sort((a, b) => a.start - b.start);
}
