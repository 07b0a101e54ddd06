// "according to a statement from the agency", "according to a mission outline released by ESA": a written
// work speaks for whoever put it out, so the source is that one, not the work (but not "figures seen by the
// Yorkshire Post", an outlet that only read it).
import { DOCUMENT_NOUNS, ISSUER_ENDS, ISSUING_VERBS } from '../lexicon/document-nouns';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';

/** Token k ends the issuer's name: a time or another clause's word (ISSUER_ENDS), a past participle ("the
 * coalition | released last week") or an "and" before a lowercase word ("… and seen by Reuters"; not "Wide
 * Bay Hospital and Health Service"). */
function endsIssuer(toks: readonly Token[], k: number): boolean {
  const t = tokenAt(toks, k);
  if (t.text === 'and') return toks[k + 1]?.cap !== true;
  return ISSUER_ENDS.has(t.text) || /^\p{Ll}+ed$/u.test(t.text);
}

/** The one who put out the work named from `first` to before `end`, as first and last token, or null. */
function issuerIn(
  toks: readonly Token[],
  first: number,
  end: number,
): { first: number; last: number } | null {
  for (let m = first + 1; m < end - 1; m++) {
    const w = tokenAt(toks, m).lower;
    const before = tokenAt(toks, m - 1).lower;
    // ("released by", "a report by"; "a statement from")
    const work = DOCUMENT_NOUNS.has(before) && !tokenAt(toks, m - 1).cap; // (not "The Washington Post")
    const by = w === 'by' && (ISSUING_VERBS.has(before) || work);
    if (by || (w === 'from' && work)) {
      // (not a year: "census data from 2014")
      if (/^\d/.test(tokenAt(toks, m + 1).text)) return null;
      let last = m + 1;
      while (last + 1 < end && !endsIssuer(toks, last + 1)) last++;
      return { first: m + 1, last };
    }
  }
  return null;
}

/** The source phrase after "according to" from `first` to before `end`: the name at `named` (an apposed
 * name's last token, from the comma at `end`), else the one who put out a written work, else all of it; and the
 * whole source as written, which tells whether the words were only read in it. */
export function sourcePhrase(
  text: string,
  toks: readonly Token[],
  at: { readonly first: number; readonly end: number; readonly named: number | undefined },
): { phrase: { start: number; end: number; kind: 'raw' }; source: string } {
  const { first, end, named } = at;
  const issuer = named === undefined ? issuerIn(toks, first, end) : null;
  const [from, to] =
    named !== undefined ? [end + 1, named] : issuer ? [issuer.first, issuer.last] : [first, end - 1];
  const phrase = { start: tokenAt(toks, from).start, end: tokenAt(toks, to).end, kind: 'raw' as const };
  const whole = issuer ? tokenAt(toks, first).start : phrase.start;
  return { phrase, source: text.slice(whole, phrase.end) };
}
