// Whether a box's class and id words name one that is not the article's prose (non-article-words.ts):
// a listed word that starts the string or follows - _ or a space, and ends it or is followed by one of
// those or a digit ("c-share-bar", "ad2", "Related_Links"; never "shared" or "article-body"). Letters
// match in either case, ASCII only. Looked up token by token in a set rather than by one regex of all
// the words: Firefox compiled that regex anew on every page, 1.5–8 ms before the first box was judged.
import { NON_ARTICLE_WORDS } from './non-article-words';

const WORDS: ReadonlySet<string> = new Set(NON_ARTICLE_WORDS);
const LONGEST = Math.max(...NON_ARTICLE_WORDS.map((word) => word.length));

/** The code units /\s/ matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;
const isSeparator = (code: number): boolean => code === HYPHEN || code === UNDERSCORE || isSpace(code);
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** A–Z lowered, every other character as it is (toLowerCase would turn the Kelvin sign into a "k"). */
function lowerAscii(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** Whether `words` (an element's class, a space, its id) name a box that is not prose. */
export function namesNonArticleBox(words: string): boolean {
  const lower = lowerAscii(words);
  const length = lower.length;
  for (let start = 0; start < length; start++) {
    if (start > 0 && !isSeparator(lower.charCodeAt(start - 1))) continue;
    const last = Math.min(length, start + LONGEST);
    for (let end = start + 1; end <= last; end++) {
      if (end < length) {
        const next = lower.charCodeAt(end);
        if (!isSeparator(next) && !isDigit(next)) continue;
      }
      if (WORDS.has(lower.slice(start, end))) return true;
    }
  }
  return false;
}
