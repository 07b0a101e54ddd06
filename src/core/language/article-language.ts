// Which language an article is in, cheaply: Sourcelight reads English only, and an article in another
// language would otherwise get a handful of wrong "statements". The text decides where it can (pages
// often declare the wrong language: a template's lang="en" on a German article, or none at all); the
// page's declared language decides only where the text cannot (too short, or no list matches).
import { GERMANIC_WORDS } from '../lexicon/germanic-language-words';
import { ROMANCE_WORDS } from '../lexicon/romance-language-words';

const LANGUAGE_WORDS: Readonly<Record<string, ReadonlySet<string>>> = { ...GERMANIC_WORDS, ...ROMANCE_WORDS };

/** Words read: the article's opening is enough, and keeps the check cheap on long pages. */
const SAMPLE_WORDS = 400;
/** Fewer words than this and the text cannot tell: the declared language decides. */
const MIN_WORDS = 30;
/** A language's lists cover at least this share of its running text (English news: ~0.4). */
const MIN_SHARE = 0.15;
/** Letters in another script than Latin, as a share of all letters: a text in Cyrillic, Greek, CJK, …. */
const OTHER_SCRIPT_SHARE = 0.5;

export interface ArticleLanguage {
  readonly english: boolean;
  /** ISO 639-1 code where known ('de'), null where the text is plainly not English but unnamed. */
  readonly code: string | null;
}

const ENGLISH: ArticleLanguage = { english: true, code: 'en' };

/** The primary subtag of a declared language ("de-AT" → "de"); null for none or "undetermined" values. */
function primaryTag(declared: string | null | undefined): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(tag) && !['und', 'mul', 'zxx'].includes(tag) ? tag : null;
}

const CODES = Object.keys(LANGUAGE_WORDS);
/** Every listed word with the languages (indices in CODES) that list it: one lookup per word of the sample. */
const LANGUAGES_OF = new Map<string, number[]>();
CODES.forEach((code, k) => {
  for (const word of LANGUAGE_WORDS[code] ?? [])
    LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), k]);
});
const NONE: readonly number[] = [];

/** Each listed language's share of `words`. */
function shares(words: readonly string[]): [string, number][] {
  const found = CODES.map(() => 0);
  for (const word of words) for (const k of LANGUAGES_OF.get(word) ?? NONE) found[k] = (found[k] ?? 0) + 1;
  return CODES.map((code, k) => [code, (found[k] ?? 0) / words.length]);
}

function verdict(code: string | null): ArticleLanguage {
  return code === 'en' ? ENGLISH : { english: false, code };
}

/** What the declared language says, where the text cannot tell. */
function byDeclared(declared: string | null): ArticleLanguage {
  return declared && declared !== 'en' ? verdict(declared) : ENGLISH;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters, and those in the Latin script, without a string per letter (this runs on every analysis). */
function countLetters(sample: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const n = sample.charCodeAt(i) | 32; // ASCII upper case to lower
    if (n >= 97 && n <= 122) {
      letters++;
      latin++;
    } else if (sample.charCodeAt(i) > 127) {
      const c = sample.charAt(i);
      if (LETTER.test(c)) letters++;
      if (LATIN.test(c)) latin++;
    }
  }
  return { letters, latin };
}

/** A Latin letter at i, and its length in UTF-16 units (0: none); ASCII without a regex. */
function latinAt(sample: string, i: number): number {
  if (i >= sample.length) return 0;
  const n = sample.charCodeAt(i);
  if (n < 128) return (n | 32) >= 97 && (n | 32) <= 122 ? 1 : 0;
  const c = String.fromCodePoint(sample.codePointAt(i) ?? n);
  return LATIN.test(c) ? c.length : 0;
}

/** The first SAMPLE_WORDS runs of Latin letters (what /\p{Script=Latin}+/gu finds, by a scan). */
function latinWords(sample: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < sample.length && words.length < SAMPLE_WORDS;) {
    let j = i;
    for (let n = latinAt(sample, j); n > 0; n = latinAt(sample, j)) j += n;
    if (j > i) words.push(sample.slice(i, j));
    i = j > i ? j : i + 1;
  }
  return words;
}

/** The language of `text`, with `declared` (the page's lang attribute) as the fallback. */
export function articleLanguage(text: string, declared?: string | null): ArticleLanguage {
  const tag = primaryTag(declared);
  const sample = text.slice(0, SAMPLE_WORDS * 12);
  const { letters, latin } = countLetters(sample);
  if (letters >= MIN_WORDS * 3 && (letters - latin) / letters > OTHER_SCRIPT_SHARE)
    return verdict(tag === 'en' ? null : tag);
  const words = latinWords(sample.toLowerCase());
  if (words.length < MIN_WORDS) return byDeclared(tag);
  const all = shares(words);
  const english = all.find(([code]) => code === 'en')?.[1] ?? 0;
  const [best, share] = all
    .filter(([code]) => code !== 'en')
    .reduce((top, next) => (next[1] > top[1] ? next : top), ['', 0]);
  // Another language's lists cover much more of the text than English's: it is that language.
  if (share >= MIN_SHARE && share > 2 * english) return verdict(best);
  if (english >= MIN_SHARE) return ENGLISH;
  return byDeclared(tag);
}
