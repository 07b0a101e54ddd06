// The word a phrase opens with, lower-cased, so rules test it against a lexicon set rather than a regex.

/** The opening word when whitespace follows it, or (with `dot`) a dot and whitespace: "Mr. Smith" → "mr";
 * "" when the phrase is one word. */
export function openingWord(phrase: string, dot = false): string {
  const m = (dot ? /^(\w+)\.?\s/ : /^(\w+)\s/).exec(phrase);
  return m?.[1]?.toLowerCase() ?? '';
}

/** The leading run of word characters, whatever follows: "Mr.", "Mr" and "Mr-X" → "mr". */
export const leadingRun = (phrase: string): string => (/^\w+/.exec(phrase)?.[0] ?? '').toLowerCase();
