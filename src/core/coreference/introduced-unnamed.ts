// "When a nurse who had treated patients returned … The nurse later sued": whether a description goes back
// to an unnamed "a nurse who …" or "a spokesperson said …" just before it. The patterns hold the head word,
// and compiling one per description (Unicode classes and all) cost more than reading it: a plain head is
// read with fixed patterns instead, finding exactly what the head's own pattern would.
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { cueForm } from '../cues/find-cues';
import { SUBJECT_WINDOW } from './described-org';
import { ARTICLES } from '../lexicon/function-words';
import { PREPOSITIONS } from '../lexicon/subject-words';

/** The words after an unnamed head open on its cue ("as" too), or on whose they are and then the cue ("for
 * Quinn told", "for the company said"). */
const spokeNext = (words: readonly string[]): boolean =>
  cueForm(words[0] ?? '') !== undefined ||
  (words[0] === 'as' && cueForm(words[1] ?? '') !== undefined) || // ("quoted a witness as saying")
  (AFFILIATION_PREPOSITIONS.has(words[0] ?? '') &&
    words.slice(2).some((w) => /^\p{Ll}/u.test(w) && cueForm(w) !== undefined));

/** A head that is one whole word where the pattern has it: letters, apostrophes and hyphens only. */
const PLAIN_HEAD = /^[\p{L}’'-]+$/u;
/** "a" or "an" and the (at most four) words after it, each after its spaces. */
const ARTICLE_WORDS =
  /[Aa]n?\s+([\p{L}’'-]+)(?:(\s+)([\p{L}’'-]+)(?:(\s+)([\p{L}’'-]+)(?:(\s+)([\p{L}’'-]+))?)?)?/uy;
/** What the head's pattern reads after it. */
const AFTER_HEAD = /(?:\s+[\p{L}’'.-]+){1,5}/uy;
/** "who" after spaces: the head right before it may open "a nurse who". */
const WHO = /\s+who\b/gu;
const WORD_CHAR = /[A-Za-z0-9_]/;

/** The words after `head` in what /\b[Aa]n?\s+(?:[\p{L}’'-]+\s+){0,3}HEAD((?:\s+[\p{L}’'.-]+){1,5})/gu
 * matches in `before`, match by match, for a plain head. */
function* wordsAfterHead(before: string, head: string): Generator<string> {
  for (let s = 0; s < before.length; s++) {
    const c = before.charCodeAt(s);
    if ((c !== 0x41 && c !== 0x61) || (s > 0 && WORD_CHAR.test(before.charAt(s - 1)))) continue;
    ARTICLE_WORDS.lastIndex = s;
    const m = ARTICLE_WORDS.exec(before);
    if (!m) continue;
    // the pattern's words are whole words, and it takes as many as it can before the head (3 at most)
    const words = [m[1], m[3], m[5], m[7]].filter((w) => w !== undefined);
    let end = s + m[0].length;
    for (let k = words.length - 1; k >= 0; k--) {
      // ("a call after the company reported": another phrase's article, the head in a phrase of its own)
      if (words[k] === head && !words.slice(0, k).some(opensPhrase)) {
        AFTER_HEAD.lastIndex = end;
        const tail = AFTER_HEAD.exec(before);
        if (tail) {
          yield tail[0];
          s = AFTER_HEAD.lastIndex - 1; // the next match starts after this one
          break;
        }
      }
      end -= (words[k]?.length ?? 0) + (m[2 * k]?.length ?? 0);
    }
  }
}

/** A word that opens a phrase of its own, so an "a" before it is not the head's. */
const opensPhrase = (w: string | undefined): boolean =>
  w !== undefined && (ARTICLES.has(w.toLowerCase()) || PREPOSITIONS.has(w.toLowerCase()));

/** Spaces and then "who" right after the head somewhere in `before`. */
function headBeforeWho(before: string, head: string): boolean {
  WHO.lastIndex = 0;
  for (let m = WHO.exec(before); m; m = WHO.exec(before))
    if (before.slice(0, m.index).replace(/,$/, '').endsWith(head)) return true; // ("A US official, who …")
  return false;
}

/** An unnamed "a nurse who …" or "a spokesperson said" just before `offset`, with this head ("a new
 * campaign manager, he said, could …" is no one in particular, and "the campaign manager" may still be
 * the one named). */
export function introducedUnnamed(text: string, offset: number, head: string): boolean {
  const before = text.slice(Math.max(0, offset - SUBJECT_WINDOW), offset);
  // (most descriptions have no earlier mention of their head: no pattern to build)
  if (!before.includes(` ${head} `)) return false;
  if (!PLAIN_HEAD.test(head)) return introducedBy(before, head);
  if (headBeforeWho(before, head) && whoPattern(head).test(before)) return true;
  // ("A Downing Street spokesperson said …. Asked …, the spokesperson declined": the one who spoke, also
  // for someone: "A representative for Quinn told People …. The representative did not say …")
  for (const after of wordsAfterHead(before, head)) if (spokeNext(after.trim().split(/\s+/))) return true;
  return false;
}

const whoPattern = (head: string): RegExp =>
  new RegExp(String.raw`\b[Aa]n?\s+(?:[\p{L}.]+\s+)?${head},?\s+who\b`, 'u');

/** introducedUnnamed by the head's own patterns, for a head with other characters ("u.s."). */
function introducedBy(before: string, head: string): boolean {
  if (whoPattern(head).test(before)) return true;
  const spoke = new RegExp(
    String.raw`\b[Aa]n?\s+(?:[\p{L}’'-]+\s+){0,3}${head}((?:\s+[\p{L}’'.-]+){1,5})`,
    'gu',
  );
  return [...before.matchAll(spoke)].some((m) => spokeNext((m[1] ?? '').trim().split(/\s+/)));
}
