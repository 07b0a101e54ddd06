// The head noun of an unnamed speaker after an inverted cue, past "a" or "one" and lowercase modifiers
// ("said a trucker", "said a cancer biologist at a Boston medical school", "said one dairy farmer, who …").
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { ARTICLES } from '../lexicon/function-words';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/statement-words';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { isAgentNoun } from '../text/agent-noun';
import { INDEFINITE_OPENERS } from '../lexicon/speaker-phrase-words';
import { tokenAt } from '../text/token-window';
import { isPlaceCompound } from './place-compound';
import type { Token } from '../text/tokenize';

/** "said a trucker, who …", "said one commuter.": a lowercase word with an agent's ending right after "a"
 * or "one" that opens the phrase, before its end. */
export function agentHead(tokens: readonly Token[], i: number, k: number): boolean {
  const w = tokenAt(tokens, k);
  const next = tokens[k + 1];
  return (
    k === i + 1 &&
    (INDEFINITE_ARTICLES.has(tokenAt(tokens, i).lower) || tokenAt(tokens, i).lower === 'one') &&
    !w.cap &&
    isAgentNoun(w.lower) &&
    headEnds(next)
  );
}

/** What may follow a head noun that ends the phrase: no word, "who", where they are, whom they are with or
 * what they were doing ("said a trucker in Ohio", "a biologist at …"). */
const headEnds = (next: Token | undefined): boolean =>
  !next?.word ||
  next.lower === 'who' ||
  next.lower === 'in' ||
  AFFILIATION_PREPOSITIONS.has(next.lower) ||
  // ("said a trucker hauling grain to the port": what they were doing)
  (!next.cap && /^\p{Ll}{3,}ing$/u.test(next.lower));

/** Most lowercase modifiers between "a" and a person's head noun ("a | fixed income fund | manager"). */
const MAX_MODIFIERS = 3;

/** The head of "a cancer biologist", "one dairy farmer, who …": a person's role, a source's noun or an agent's
 * ending after lowercase nouns that follow "a" or "one" at i, ending the phrase; -1 when there is none. */
function modifiedHead(tokens: readonly Token[], i: number, ceil: number): number {
  const opener = tokenAt(tokens, i).lower;
  if (!INDEFINITE_ARTICLES.has(opener) && opener !== 'one') return -1;
  for (let m = i + 1; m <= Math.min(ceil, i + 1 + MAX_MODIFIERS); m++) {
    const t = tokenAt(tokens, m);
    if (!t.word || t.cap || ARTICLES.has(t.lower) || AFFILIATION_PREPOSITIONS.has(t.lower)) return -1;
    const head = PERSON_ROLE_NOUNS.has(t.lower) || UNNAMED_SOURCE_NOUNS.has(t.lower) || isAgentNoun(t.lower);
    if (m > i + 1 && head && headEnds(tokens[m + 1])) return m;
  }
  return -1;
}

/** Most lowercase modifiers between a name and an unnamed source's head ("U.S. law enforcement official"). */
const MAX_HEAD_MODIFIERS = 3;

/** The unnamed source's head noun within a few lowercase words from k ("law enforcement official"), else -1.
 * `opened`: only an opener ("one") comes before k, so no verb can follow it and any modifier may ("one sales
 * manager", "one retired shipyard worker"). */
function headAhead(tokens: readonly Token[], k: number, ceil: number, opened: boolean): number {
  for (let m = k; m <= ceil && m < k + MAX_HEAD_MODIFIERS + 1; m++) {
    const t = tokenAt(tokens, m);
    // ("said one emergency nurse": a role heads it too)
    if (UNNAMED_SOURCE_NOUNS.has(t.lower) || PERSON_ROLE_NOUNS.has(t.lower)) return t.word && !t.cap ? m : -1;
    // plain nouns only: no article, preposition or verb form ("Sanders wants voters")
    if (!t.word || t.cap || ARTICLES.has(t.lower) || AFFILIATION_PREPOSITIONS.has(t.lower)) return -1;
    if (!opened && /(?:ed|ing|s)$/.test(t.lower)) return -1;
  }
  return -1;
}

/** Token k follows an acronym ("GOP", "U.S."): a modifier of what comes after, not a name of its own. */
const afterAcronym = (tokens: readonly Token[], k: number): boolean => {
  const prev = tokens[k - 1];
  const word = prev?.text === '.' ? tokens[k - 2] : prev;
  return !!word?.word && /^\p{Lu}[\p{Lu}.]+$/u.test(word.text);
};

/** The head of an unnamed source's phrase ahead of token k, past lowercase modifiers: after a name or an
 * acronym ("said a former U.S. law enforcement official") or right after "a" or "one" ("said a cancer
 * biologist"); -1 when there is none. `last` is the phrase's last name word so far (below i: none). */
export function unnamedHeadAt(
  tokens: readonly Token[],
  i: number,
  k: number,
  last: number,
  ceil: number,
): number {
  if (last < i) return k === i + 1 ? modifiedHead(tokens, i, ceil) : -1;
  const opener = INDEFINITE_OPENERS.has(tokenAt(tokens, i).lower);
  // ("said a Dubai-based fixed income fund manager": a place's compound after the opener is no name a verb
  // could follow)
  const placed = tokens.slice(i + 1, k).every(isPlaceCompound);
  return afterAcronym(tokens, k) || opener
    ? headAhead(tokens, k, ceil, opener && placed && last === k - 1)
    : -1;
}
