/** An article's length in characters: every article the engine is built for (all of the shared corpora's)
 * fits in it. Longer texts are read in sections of this size (sections.ts), and a word or name lends
 * itself to others only within this reach (words-used.ts, nearby-words.ts). */
export const ARTICLE_CHARS = 40_000;
