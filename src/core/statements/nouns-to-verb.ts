// A subject read forward that stopped at its first word: "Strong opposition parties voted …" read as the name
// "Strong". Read back from the clause's verb instead, the phrase is the whole subject.
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { skipAuxBack } from '../speakers/skip-aux-back';
import { phraseBefore, type Phrase } from '../speakers/speaker-phrase';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { hasVerb } from './has-verb';
import { isPossessive } from '../text/possessive';

/** Longest stretch of lowercase words looked through for the verb, in tokens. */
const MAX_NOUNS = 8;

/** A subject's head: a plural or a noun for people or organisations ("parties", "nominee", "bank"). */
const headNoun = (w: string): boolean =>
  /[^s]s$/.test(w) || PERSON_ROLE_NOUNS.has(w) || UNNAMED_SOURCE_NOUNS.has(w) || ORG_ROLE_NOUNS.has(w);

/** "Strong opposition parties voted …": a capitalised opener read as a name goes on to the clause's verb
 * when lowercase nouns follow it; read back from the verb, the phrase is the whole subject. */
export function nounsToVerb(toks: readonly Token[], p: Phrase, before: number): Phrase | null {
  const next = toks[p.last + 1];
  if (!next?.word || next.cap || hasVerb(toks, p.last + 1, p.last + 2)) return null;
  for (let v = p.last + 1; v < Math.min(before, p.last + MAX_NOUNS); v++) {
    // ("A coalition of groups sent …": a phrase with its complement is read already)
    if (!tokenAt(toks, v).word || PREPOSITIONS.has(tokenAt(toks, v).lower)) return null;
    if (!hasVerb(toks, v, v + 1)) continue;
    const q = phraseBefore(toks, skipAuxBack(toks, v - 1, p.first), p.first);
    return q && q.first === p.first && q.last > p.last && headNoun(tokenAt(toks, q.last).lower) ? q : null;
  }
  return null;
}

/** "Nigeria's two main opposition candidates on Tuesday filed …": a subject read forward that stopped at an
 * owner's possessive is the noun phrase it owns, up to a preposition or the verb; null when no head noun for
 * people or organisations ends it; undefined when p owns nothing. */
export function ownedSubject(toks: readonly Token[], p: Phrase, before: number): Phrase | null | undefined {
  const next = toks[p.last + 1];
  if (p.kind !== 'proper' || !isPossessive(tokenAt(toks, p.last).text) || !next?.word || next.cap)
    return undefined;
  let last = p.last;
  for (let m = p.last + 1; m < before && m - p.last <= MAX_NOUNS; m++) {
    const t = tokenAt(toks, m);
    if (!t.word || t.cap || PREPOSITIONS.has(t.lower) || hasVerb(toks, m, m + 1)) break;
    last = m;
  }
  return last > p.last && headNoun(tokenAt(toks, last).lower)
    ? { first: p.first, last, kind: 'unnamed' }
    : null;
}
