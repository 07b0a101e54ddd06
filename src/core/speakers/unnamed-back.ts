// Where an unnamed source begins, given its head noun: back over modifiers, titles and names ("senior
// administration officials", "the prime minister's spokesman") and over adjectives to an article ("the
// lanky, bespectacled professor").
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { ADVERBIAL_OPENERS } from '../lexicon/adjunct-words';
import { NON_DESCRIPTOR_WORDS } from '../lexicon/subject-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { COUNTS_AFTER_A, INDEFINITE_OPENERS } from '../lexicon/speaker-phrase-words';
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { UNNAMED_MODIFIERS } from '../lexicon/unnamed-sources';
import { MINISTRY_WORDS, PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { isPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { commonPlurals, isAbbrevDot, isNameWord, pluralPossessiveMark } from './name-words';
import { isPlaceCompound } from './place-compound';
import { hasVerb } from '../statements/has-verb';
import { COMPARATIVE_COUNTS } from '../lexicon/group-nouns';

/** The first token of the unnamed source whose head is token j. */
export function unnamedBack(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  while (k - 1 >= floor) {
    const t = tokenAt(tokens, k - 1);
    // ("migrants' rights advocates": the plural that owns the head comes with its apostrophe)
    if (commonPlurals(tokens, k - 1)) {
      k -= 2;
      continue;
    }
    // ("the San Jose, California-based company": a city's comma before its state's compound)
    if (t.text === ',' && isPlaceCompound(tokenAt(tokens, k)) && isNameWord(tokenAt(tokens, k - 2))) {
      k--;
      continue;
    }
    // "the prime minister's spokesman", "Sanders' spokesman"
    const possessive =
      isPossessive(t.lower) || pluralPossessiveMark(tokens, k - 1) || commonPlurals(tokens, k - 1);
    if (
      UNNAMED_MODIFIERS.has(t.lower) ||
      TITLE_WORDS.has(t.lower) ||
      isNameWord(t) ||
      /^\d/.test(t.text) ||
      (t.text === 'No' && /^\d/.test(tokenAt(tokens, k).text)) || // "A No 10 spokesman"
      possessive ||
      isAbbrevDot(tokens, k - 1) ||
      // ("a senior Indian finance ministry official": what the ministry before the head is for; not "the
      // Brazilian finance ministry", a body, not someone in it)
      (k < j && PORTFOLIO_WORDS.has(t.lower) && MINISTRY_WORDS.has(tokenAt(tokens, k).lower)) ||
      (k === j && MINISTRY_WORDS.has(t.lower) && PORTFOLIO_WORDS.has(tokenAt(tokens, k - 2).lower))
    )
      k--;
    else break;
  }
  // ("More than 100 economists said": a count's hedge is part of it)
  const hedge = k - 2 >= floor && tokens[k - 1]?.lower === 'than' && /^\d/.test(tokenAt(tokens, k).text);
  if (hedge && COMPARATIVE_COUNTS.has(tokenAt(tokens, k - 2).lower)) return k - 2;
  if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'and') k++;
  // ("in a move the company said …": an article already opens the phrase; the words before it are another's)
  if (ARTICLES.has(tokens[k]?.lower ?? '')) return k;
  const start = adjectivesBack(tokens, k, floor);
  // ("a move critics warn could …", "a charge Haryana officials denied": "a" is no plural's article; it
  // opens the noun that the source's clause describes)
  if (!pluralAfterA(tokens, start, j)) return start;
  // (after a comma the source's own modifiers: "a strike, union leaders announced")
  const comma = tokens.slice(start, j).findLastIndex((t) => t.text === ',');
  return comma >= 0 ? start + comma + 1 : k;
}

/** "a" or "an" at `start` before the plural head at j, with no count that lets it ("a few critics"). */
function pluralAfterA(tokens: readonly Token[], start: number, j: number): boolean {
  return (
    start < j &&
    INDEFINITE_ARTICLES.has(tokenAt(tokens, start).lower) &&
    /[^s']s$/.test(tokenAt(tokens, j).lower) &&
    !tokens.slice(start + 1, j).some((t) => COUNTS_AFTER_A.has(t.lower) || /^\d/.test(t.text))
  );
}

/** An article or a possessive ("his official spokesman"): it opens the noun, and the words before it
 * are another phrase's ("the rise, his official spokesman said"). */
const opensNoun = (word: string): boolean => ARTICLES.has(word) || POSSESSIVE_DETERMINERS.has(word);

/** Most adjectives between an article and an unnamed source ("the lanky, bespectacled professor"). */
const MAX_ADJECTIVES = 3;

/** Where "the lanky, bespectacled professor" begins, given where "professor" does: back over lowercase
 * adjectives (and the commas between them) to an article or a count ("one"); `k` itself when none opens
 * them. */
function adjectivesBack(tokens: readonly Token[], k: number, floor: number): number {
  let m = k;
  let words = 0;
  while (m - 1 >= floor && words < MAX_ADJECTIVES) {
    const t = tokenAt(tokens, m - 1);
    if (t.text === ',' && m < k && tokenAt(tokens, m - 2).word) m--;
    else if (t.word && !t.cap && !NON_DESCRIPTOR_WORDS.has(t.lower) && !opensNoun(t.lower)) {
      m--;
      words++;
    } else break;
  }
  if (m >= k || !tokenAt(tokens, m).word) return k;
  if (opensNoun(tokens[m - 1]?.lower ?? '')) return m - 1;
  // ("One cabinet minister said", "One telecommunications analyst": the count the sentence capitalises)
  const one = tokens[m - 1]?.lower === 'one' && m - 1 === floor && !hasVerb(tokens, m, k);
  if (one && !/s$/.test(tokenAt(tokens, k).lower)) return m - 1;
  // (nouns, not a verb: "The Vermont senator emailed supporters")
  const named = openerBeforeNames(tokens, m, floor, hasVerb(tokens, m, k));
  if (named >= 0) return named;
  // "Ontario’s chief medical officer", "the province’s top public health official": a possessive opens them
  if (m - 1 >= floor && isPossessive(tokenAt(tokens, m - 1).lower) && !hasVerb(tokens, m, k))
    return ownerBack(tokens, m - 1, floor);
  // "Local business owners said": a plural opening its clause, with the capital the sentence gives it
  // (not "But", not a verb: "echoing some commentators", "Sanders wants voters"; but "State elections
  // officials": no verb ends in "-ions" or "-ics" there)
  const modifiers = tokens.slice(m, k);
  const verbLike = (w: string): boolean => /(?:ing|ed|[^s]s)$/.test(w) && !/(?:ions|ics)$/.test(w);
  if (/s$/.test(tokenAt(tokens, k).lower) && !modifiers.some((t) => verbLike(t.lower))) {
    const opener = tokens[m - 1];
    const capital = opener?.cap && m - 1 === floor && !ADVERBIAL_OPENERS.has(opener.lower);
    const first = capital ? m - 1 : m;
    const linked = first - 1 === floor && ADVERBIAL_OPENERS.has(opener?.lower ?? ''); // "But law experts"
    if (first === floor || !tokens[first - 1]?.word || linked) return first;
  }
  // "one diplomatic staffer", not "By some standards one could say"
  const plural = tokens.slice(m + 1, k).some((t) => /s$/.test(t.lower));
  return INDEFINITE_OPENERS.has(tokenAt(tokens, m).lower) && !plural ? m : k;
}

/** "One Burbank theater manager", "a Toronto hospital spokeswoman": the article or count before the names
 * that modify the adjectives at m (a place, an employer), else -1. `verb`: the adjectives hold a verb's
 * form, which only a place's compound lets be an adjective ("a Dubai-based fixed income fund manager"). */
function openerBeforeNames(tokens: readonly Token[], m: number, floor: number, verb: boolean): number {
  let n = m;
  while (n - 1 >= floor && isNameWord(tokenAt(tokens, n - 1))) n--;
  if (verb && !tokens.slice(n, m).every(isPlaceCompound)) return -1;
  const opener = (at: number): boolean =>
    at >= floor &&
    at < m &&
    (ARTICLES.has(tokenAt(tokens, at).lower) || INDEFINITE_OPENERS.has(tokenAt(tokens, at).lower));
  if (n === m) return -1;
  // the sentence's capital makes "One" a name word too
  if (opener(n) && n + 1 < m) return n;
  return opener(n - 1) ? n - 1 : -1;
}

/** Where the owner of the possessive at p begins: its name ("Ontario’s") or its article ("the province’s"). */
function ownerBack(tokens: readonly Token[], p: number, floor: number): number {
  let k = p;
  while (k - 1 >= floor && (isNameWord(tokenAt(tokens, k - 1)) || isAbbrevDot(tokens, k - 1))) k--;
  if (k === p && tokenAt(tokens, p).cap) return p; // "Ontario’s" itself is the name
  return k - 1 >= floor && ARTICLES.has(tokenAt(tokens, k - 1).lower) ? k - 1 : k;
}
