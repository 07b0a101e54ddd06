// Where sentences end in a stretch of text, for rules that bound a look back by sentences: a stop, a closing
// quote and the next sentence's capital ("Redline Freight Inc. was" goes on), or a line's end.
const BREAK = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})|\n+/gu;

/** The offsets in `text` from `from` up to `to` where a sentence break begins (the capital after it may lie
 * past `to`). */
export function sentenceBreaks(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  BREAK.lastIndex = Math.max(0, from);
  for (let m = BREAK.exec(text); m && m.index < to; m = BREAK.exec(text)) out.push(m.index);
  return out;
}

/** Where the sentence going on at `offset` starts, reading back no further than `from`. */
export function sentenceStart(text: string, from: number, offset: number): number {
  let start = Math.max(0, from);
  BREAK.lastIndex = start;
  for (let m = BREAK.exec(text); m && m.index < offset; m = BREAK.exec(text)) start = m.index + m[0].length;
  return start;
}
