// Quotation spans in each paragraph: curly, straight, doubled '' and international marks, with single
// marks as the outer quote only where a paragraph has no double ones (British style). One linear scan.
// A paragraph that opens a quote without closing it keeps the quote to its end (newspaper convention
// for quotes continued in the next paragraph).
import type { Span } from '../types';

export interface Quote extends Span {
  /** The quoted words without the marks. */
  readonly inner: Span;
  readonly paragraph: number;
  /** Opened but not closed in its paragraph. */
  readonly unclosed: boolean;
}

const OPEN_CLOSE: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“”', '‹': '›', '”': '”' };
const OPENING_CONTEXT = /[\s([{—–\-:;,/]/;
// Module constants, not literals in the loops: a regex literal is a new object each time it is evaluated,
// which here was one allocation per character of the article.
const SPACE = /\s/;
const WORDY = /[\p{L}\p{N}]/u;
/** Every mark scanDouble acts on ("  '  «  »  “  ”  „  ‹  ›), by char code: any other character is skipped
 * before any test, without making a one-character string and hashing it (this runs on every character). */
const isDoubleScanMark = (code: number): boolean =>
  code === 0x22 ||
  code === 0x27 ||
  code === 0xab ||
  code === 0xbb ||
  (code >= 0x201c && code <= 0x201e) ||
  code === 0x2039 ||
  code === 0x203a;

function isOpeningContext(text: string, i: number, start: number): boolean {
  return i === start || OPENING_CONTEXT.test(text.charAt(i - 1));
}

/** Curly quotes a careless closer may stand in for: `“…," said`, `"…,” said`, `“…,“ said`. */
const CURLY = '”';

/** The quote opened at `open` and closed by its mark at `at`; at ,''' an inner single quote closes right
 * before the doubled one ('' then ' reads as ' + ''), so the mark starts one later. */
function closedQuote(
  text: string,
  open: number,
  markLen: number,
  at: number,
  len: number,
  paragraph: number,
): Quote {
  const i = len === 2 && markLen === 2 && text[at + 2] === "'" ? at + 1 : at;
  return { start: open, end: i + len, inner: { start: open + markLen, end: i }, paragraph, unclosed: false };
}

function scanDouble(text: string, p: Span, paragraph: number, out: Quote[]): void {
  let open = -1;
  let closers = '';
  let markLen = 1;
  const close = (at: number, len: number): number => {
    const q = closedQuote(text, open, markLen, at, len, paragraph);
    out.push(q);
    open = -1;
    return q.inner.end - at;
  };
  for (let i = p.start; i < p.end; i++) {
    if (!isDoubleScanMark(text.charCodeAt(i))) continue;
    const c = text.charAt(i);
    const dbl = c === "'" && text[i + 1] === "'";
    const prevSpace = i === p.start || SPACE.test(text.charAt(i - 1));
    if (c === '"' || dbl) {
      const len = dbl ? 2 : 1;
      const nextWordy = WORDY.test(text[i + len] ?? ' ');
      // a straight mark closes a curly opening too when it sits after a word ("“We will," she said)
      const closing = closers === '"' || (closers === CURLY && !prevSpace);
      if (open >= 0 && closing && !(prevSpace && nextWordy)) i += close(i, len);
      else if (isOpeningContext(text, i, p.start)) {
        open = i;
        closers = '"';
        markLen = len;
      }
      i += len - 1;
    } else if (open >= 0 && closers === '"' && c === CURLY)
      close(i, 1); // "We will,” she said
    else if (
      open >= 0 &&
      closers !== '"' &&
      (closers.includes(c) ? !(c === '“' && closers === CURLY) : c === '“' && closers === CURLY) &&
      // an opening mark closes only where a closer would stand: after a word, before a space (“…,“ said)
      (c !== '“' || closers !== CURLY || (!prevSpace && !WORDY.test(text[i + 1] ?? ' ')))
    )
      close(i, 1);
    else if (c in OPEN_CLOSE && (c !== CURLY || (open < 0 && isOpeningContext(text, i, p.start)))) {
      if (c === CURLY && SPACE.test(text[i + 1] ?? ' ')) continue; // a stray closer, not an opener
      open = i;
      closers = OPEN_CLOSE[c] ?? closers;
      markLen = 1;
    }
  }
  if (open >= 0)
    out.push({
      start: open,
      end: p.end,
      inner: { start: open + markLen, end: p.end },
      paragraph,
      unclosed: true,
    });
}

function scanSingle(text: string, p: Span, paragraph: number, out: Quote[]): void {
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2018 && code !== 0x2019 && code !== 0x27) continue; // ‘ ’ '
    const c = text.charAt(i);
    const next = text[i + 1] ?? ' ';
    const closesHere = open >= 0 && c !== '‘' && !WORDY.test(next) && !SPACE.test(text[i - 1] ?? ' ');
    if (closesHere) {
      out.push({ start: open, end: i + 1, inner: { start: open + 1, end: i }, paragraph, unclosed: false });
      open = -1;
    } else if (c !== '’' && isOpeningContext(text, i, p.start) && WORDY.test(next)) open = i;
  }
}

export function findQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const out: Quote[] = [];
  paragraphs.forEach((p, n) => {
    const before = out.length;
    scanDouble(text, p, n, out);
    if (out.length === before && !/["“”«»„]|''/.test(text.slice(p.start, p.end))) scanSingle(text, p, n, out);
  });
  return out;
}
