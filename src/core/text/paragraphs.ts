import type { Span } from '../types';

const WORDY = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Lines without a letter or digit ("***", a lone quote mark) can hold no statement. */
function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (WORDY.test(text.charAt(i))) return true;
  return false;
}

/** Non-empty lines with words, trimmed: articles arrive as one paragraph per line. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let s = start;
    let e = i;
    while (s < e && SPACE.test(text.charAt(s))) s++;
    while (e > s && SPACE.test(text.charAt(e - 1))) e--;
    if (e > s && hasWord(text, s, e)) out.push({ start: s, end: e });
    start = i + 1;
  }
  return out;
}
