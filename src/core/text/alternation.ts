// A word list as a regular-expression alternation, its entries escaped ("fact-checking by", "U.S.").

/** Longest entries first, so "read more" is tried before "read". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
