// A quote reached past an aside after its cue's comma: "responded pointedly, with a smile: “…”", "said on
// Twitter, in reference to her first child, a girl born Sept. 26, 2014, “…”". The aside opens with a
// preposition (or an -ly adverb before a colon) and holds no clause of its own, so the quote is the cue's.
// So does a short topic right after the cue ("said of the plan, “…”").
import { PREPOSITIONS } from '../lexicon/subject-words';
import { CLAUSE_OPENERS_IN_ASIDE } from '../lexicon/adjunct-words';
import { tokenAt } from '../text/token-window';
import { hasVerb } from './has-verb';
import type { Token } from '../text/tokenize';

/** Longest aside before a colon ("with a smile"), in tokens. */
const MAX_COLON_ASIDE = 8;
/** Longest aside before a comma and its quote ("in reference to her first child, a girl born …"). */
const MAX_COMMA_ASIDE = 24;

const opensQuote = (t: Token | undefined): boolean => /^[“"‘']|^''$/.test(t?.text ?? '');

/** The quote's opening mark after the aside that starts at the comma at k, or null. */
export function quoteAfterAside(tokens: readonly Token[], k: number, end: number): number | null {
  if (tokens[k]?.text !== ',') return topicBeforeQuote(tokens, k, end);
  const first = tokens[k + 1]?.lower ?? '';
  const prep = PREPOSITIONS.has(first);
  // only an adjunct: "with a smile", "simply", not "adding:" or "there’s a simple explanation:"
  if (!prep && !/^\p{Ll}{3,}ly$/u.test(first)) return null;
  const reach = Math.min(end, k + (prep ? MAX_COMMA_ASIDE : MAX_COLON_ASIDE));
  for (let m = k + 1; m < reach; m++) {
    const t = tokenAt(tokens, m);
    if (t.text === ':') return m - k <= MAX_COLON_ASIDE && opensQuote(tokens[m + 1]) ? m + 1 : null;
    if (t.text === ',' && prep && opensQuote(tokens[m + 1])) return m + 1;
    if (t.word ? CLAUSE_OPENERS_IN_ASIDE.has(t.lower) : !/^[,.]$/.test(t.text)) return null;
  }
  return null;
}

/** Words a quoted title shows in capitals ("in his book, ''An American Son''"). */
const TITLE_WORDS_SEEN = 3;
/** The words from k, at least two, are capitalised like a title's ("“Harbour Days”", not "“He knew”"). */
function titleAt(tokens: readonly Token[], k: number): boolean {
  let n = k;
  while (n < k + TITLE_WORDS_SEEN && tokens[n]?.word) n++;
  return n - k >= 2 && tokens.slice(k, n).every((t) => t.cap);
}

/** "said of the plan, “…”", "said about Bush: “…”": a short topic right after the cue, one phrase with no
 * verb or comma of its own ("asked for a photo and Clinton said, “…”" is another clause's quote). */
function topicBeforeQuote(tokens: readonly Token[], k: number, end: number): number | null {
  if (!PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
  for (let m = k + 1; m < Math.min(end, k + MAX_COLON_ASIDE); m++) {
    const t = tokenAt(tokens, m);
    if (/^[,:]$/.test(t.text))
      return opensQuote(tokens[m + 1]) && !hasVerb(tokens, k, m) && !titleAt(tokens, m + 2) ? m + 1 : null;
    if (t.word ? CLAUSE_OPENERS_IN_ASIDE.has(t.lower) || t.lower === 'and' : t.text !== '.') return null;
  }
  return null;
}
