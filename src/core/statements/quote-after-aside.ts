// A quote reached past an aside after its cue's comma: "responded pointedly, with a smile: “…”", "said on
// Twitter, in reference to her first child, a girl born Sept. 26, 2014, “…”". The aside opens with a
// preposition (or an -ly adverb before a colon) and holds no clause of its own, so the quote is the cue's.
import { PREPOSITIONS } from '../lexicon/subject-words';
import { CLAUSE_OPENERS_IN_ASIDE } from '../lexicon/adjunct-words';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** Longest aside before a colon ("with a smile"), in tokens. */
const MAX_COLON_ASIDE = 8;
/** Longest aside before a comma and its quote ("in reference to her first child, a girl born …"). */
const MAX_COMMA_ASIDE = 24;

const opensQuote = (t: Token | undefined): boolean => /^[“"‘']|^''$/.test(t?.text ?? '');

/** The quote's opening mark after the aside that starts at the comma at k, or null. */
export function quoteAfterAside(tokens: readonly Token[], k: number, end: number): number | null {
  const first = tokens[k + 1]?.lower ?? '';
  if (tokens[k]?.text !== ',') return null;
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
