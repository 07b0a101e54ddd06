// Pull-quotes: a line that is only a quotation the article also prints in its body ("‘We will not
// back down’" set large between paragraphs). The body's copy is the statement; the display copy is not.
import type { Span } from '../types';

const OPEN = /^["“‘'«]/;
const CLOSE = /["”’'»][\s.,!?]*$/;
/** The words compared: the opening of the quotation. Shorter openings
 * repeat by chance ("No comment"); longer ones would only cost time. */
const MIN_PROBE_CHARS = 20;
const MAX_PROBE_CHARS = 60;
/** Each check scans the text: this bounds the work on inputs made of quotation lines. */
const MAX_CHECKS = 60;

function countIn(text: string, s: string, atMost: number): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0 && n < atMost; i = text.indexOf(s, i + 1)) n++;
  return n;
}

/** Pull-quotes are display lines: a longer line is a paragraph of the article. */
const MAX_LINE_CHARS = 300;
/** Marks that would open or close another quotation inside the line ("“A,” she said. “B.”"). */
const INNER_DOUBLE = /["“”«»]/;
const INNER_SINGLE = /["“”«»‘]|’\s/;

/** The opening words of a line that is one quotation and nothing else, or null. */
function probe(text: string, p: Span): string | null {
  if (p.end - p.start < MIN_PROBE_CHARS + 2 || p.end - p.start > MAX_LINE_CHARS) return null;
  const line = text.slice(p.start, p.end);
  const close = CLOSE.exec(line);
  if (!OPEN.test(line) || !close) return null;
  const inner = line.slice(1, close.index);
  if ((/["“«]/.test(line.charAt(0)) ? INNER_DOUBLE : INNER_SINGLE).test(inner)) return null;
  const words = inner.slice(0, MAX_PROBE_CHARS).replace(/[\s.,!?]+$/, '');
  return words.length >= MIN_PROBE_CHARS ? words : null;
}

/** Indexes of the paragraphs that are pull-quotes. A quotation line printed twice with no other copy
 * (a page that repeats a paragraph) has no body copy to defer to, so both are kept. */
export function pullQuotes(text: string, paragraphs: readonly Span[]): Set<number> {
  const lines = new Map<string, number[]>();
  paragraphs.forEach((p, i) => {
    const words = lines.size < MAX_CHECKS ? probe(text, p) : null;
    if (words === null) return;
    const at = lines.get(words);
    if (at) at.push(i);
    else lines.set(words, [i]);
  });
  const out = new Set<number>();
  for (const [words, at] of lines)
    if (countIn(text, words, at.length + 1) > at.length) for (const i of at) out.add(i);
  return out;
}
