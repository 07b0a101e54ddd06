// Pull-quotes: a line that is only a quotation the article also prints in its body ("‘We will not
// back down’" set large between paragraphs). The body's copy is the statement; the display copy is not.
import type { Span } from '../types';
import { itemAt } from './item-at';

const OPEN = /^["“‘'«]/;
const CLOSE = /["”’'»][\s.,!?]*$/;
/** The words compared: the opening of the quotation. Shorter openings
 * repeat by chance ("No comment"); longer ones would only cost time. */
const MIN_PROBE_CHARS = 20;
const MAX_PROBE_CHARS = 60;
/** Each check scans the text: this bounds the work on inputs made of quotation lines. */
const MAX_CHECKS = 60;

/** How far from a display line its body copy may sit, in characters: an article's length, so that a long
 * text of many articles (an archive, a live blog) costs each line a local search, not a whole-text one. */
const BODY_WINDOW = 30_000;

/** Copies of `s` in text[from, to), counting up to `atMost`. */
function countIn(text: string, s: string, atMost: number, from: number, to: number): number {
  const nearby = text.slice(from, to); // indexOf on the whole text would scan past `to` when s is absent
  let n = 0;
  for (let i = nearby.indexOf(s); i >= 0 && n < atMost; i = nearby.indexOf(s, i + 1)) n++;
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
  for (const [words, at] of lines) {
    const from = Math.max(0, itemAt(paragraphs, itemAt(at, 0)).start - BODY_WINDOW);
    const to = itemAt(paragraphs, itemAt(at, at.length - 1)).end + BODY_WINDOW;
    if (countIn(text, words, at.length + 1, from, to) > at.length) for (const i of at) out.add(i);
  }
  return out;
}
