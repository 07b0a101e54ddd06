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

/** Every listed word with the languages that list it: one lookup per word of the sample. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [code, list] of Object.entries(LANGUAGE_WORDS))
  for (const word of list) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), code]);

/** Each listed language's share of `words`. */
function shares(words: readonly string[]): [string, number][] {
  const found = new Map(Object.keys(LANGUAGE_WORDS).map((code) => [code, 0]));
  for (const word of words)
    for (const code of LANGUAGES_OF.get(word) ?? []) found.set(code, (found.get(code) ?? 0) + 1);
  return [...found].map(([code, n]) => [code, n / words.length]);
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
const LATIN_WORD = /\p{Script=Latin}+/gu;

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

/** The first SAMPLE_WORDS runs of Latin letters. */
function latinWords(sample: string): string[] {
  const words: string[] = [];
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(sample); m && words.length < SAMPLE_WORDS; m = LATIN_WORD.exec(sample))
    words.push(m[0]);
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
