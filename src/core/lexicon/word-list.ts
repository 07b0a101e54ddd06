// Lexicons are written one entry a line in template literals, in code-unit order (what `LC_ALL=C sort` and
// JavaScript's `<` give, on every machine), and looked up as sets and maps. One line a word makes a diff one
// line a word; prettier leaves template literals alone; test/unit/core/lexicon/lexicon-lists.test.ts fails on
// a list out of order or a word written twice.

/** How many entries each set or map was built from: more than its size means a word is written twice. */
const WRITTEN = new WeakMap<object, number>();

/** The entries of a list written one a line (indentation and blank lines dropped). */
export function wordList(list: string): readonly string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One set of lists written one entry a line and of sets from elsewhere in lexicon/, so that a list
 * such as the weekdays is written once. */
export function setOf(...parts: readonly (string | Iterable<string>)[]): ReadonlySet<string> {
  const words = parts.flatMap((part) => (typeof part === 'string' ? wordList(part) : [...part]));
  const set = new Set(words);
  WRITTEN.set(set, words.length);
  return set;
}

/** A map from each word of each group's list (written one a line, or a list from elsewhere in lexicon/) to
 * the group's name ({ m: MALE, f: FEMALE }). */
export function mapOf<V extends string>(
  groups: Readonly<Record<V, string | readonly string[]>>,
  options: { readonly accentBlind?: boolean } = {},
): ReadonlyMap<string, V> {
  const entries = (Object.entries(groups) as [V, string | readonly string[]][]).flatMap(([value, list]) =>
    (typeof list === 'string' ? wordList(list) : list).map((word) => [word, value] as const),
  );
  const map = options.accentBlind ? new AccentBlindMap(entries) : new Map(entries);
  WRITTEN.set(map, entries.length);
  return map;
}

/** How many entries `setOf` or `mapOf` built `list` from; undefined for anything else. */
export function writtenCount(list: object): number | undefined {
  return WRITTEN.get(list);
}

/** Characters outside printable ASCII: a word that may carry an accent. */
const NON_ASCII = /[^ -~]/;
/** The word without its accents ("Seán" → "sean", "Nguyễn" → "nguyen"; "đ" has no accent to drop). */
export const withoutAccents = (word: string): string =>
  word.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}/gu, '');

/** A map whose words are also found with accents they were written without ("Siobhán", "José"): most lists
 * are written plain, as English news mostly spells them. */
class AccentBlindMap<V> extends Map<string, V> {
  override get(word: string): V | undefined {
    return super.get(word) ?? (NON_ASCII.test(word) ? super.get(withoutAccents(word)) : undefined);
  }
  override has(word: string): boolean {
    return super.has(word) || (NON_ASCII.test(word) && super.has(withoutAccents(word)));
  }
}
