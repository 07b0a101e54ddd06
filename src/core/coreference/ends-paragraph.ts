// Whether a quote standing alone ends its paragraph, for a quote with no cue (resolve-speakers.ts).
/** Only closing marks and stops follow the span in its paragraph: a quote with words after it may have
 * an attribution there that no rule read ("“…,” DUP MP Nigel Dodds said on Monday"); guessing would be wrong.
 * And a stop ends it: a quoted line with none is a heading ("‘Our future is on the water’"), not speech. */
export function endsParagraph(text: string, end: number): boolean {
  // A scan, not a slice to the paragraph's end: a paragraph may be a megabyte long.
  let stop = STOPS.has(text.charAt(end - 1));
  for (let i = end; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') return stop;
    if (!CLOSING.has(c) && !/\s/.test(c)) return false;
    stop ||= STOPS.has(c);
  }
  return stop;
}
const STOPS = new Set([...'.!?…']);
const CLOSING = new Set([...'"\'“”‘’»«.,!?…)]']);
