// "added $1.60", "added up to", "added the drug to its program": "add" putting an amount or a thing
// somewhere, which reports nothing (unlike "added that …").
import { AMOUNT_HEDGES, OBJECT_DETERMINERS, SUM_PARTICLES } from '../lexicon/cue-filter-words';
import { COUNT_WORDS } from '../lexicon/cue-context-words';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';
import { SCORE_NOUNS } from '../lexicon/score-nouns';
import type { TokenWindow } from '../text/token-window';

/** Most hedging words before an amount ("more than about"). */
const MAX_HEDGES = 3;

/** "added $1.60", "added only 200,000 subscribers", "added three more goals", "added a goal", "added up to",
 * "added the drug to its program". */
export function addsSomething(w: TokenWindow): boolean {
  if (!w.has(1)) return false;
  let k = 1;
  while (k <= MAX_HEDGES && w.in(k, AMOUNT_HEDGES)) k++; // ("added only 200,000 subscribers")
  const next = w.at(k);
  return (
    /^[$€£\d]/.test(next.text) ||
    w.in(1, SUM_PARTICLES) ||
    COUNT_WORDS.has(w.word(1)) ||
    COUNT_WORDS.has(next.lower) ||
    // ("adding to her delegate lead", "a painkiller added to increase the weight"; not "added to People")
    (w.word(1) === 'to' && w.has(2) && !w.at(2).cap) ||
    objectTo(w) ||
    aThing(w)
  );
}

/** Most modifiers before a scored thing ("a late power-play goal"). */
const MAX_SCORE_MODIFIERS = 2;

/** "added a goal for Montreal", "added a late three-pointer": "a" and a scored thing. */
function aThing(w: TokenWindow): boolean {
  if (!w.in(1, INDEFINITE_ARTICLES)) return false;
  for (let k = 2; k <= 2 + MAX_SCORE_MODIFIERS && w.has(k); k++) {
    if (w.in(k, SCORE_NOUNS)) return true;
    if (!w.at(k).word || w.at(k).cap) return false;
  }
  return false;
}
/** How far "added the drug … to" may reach for its "to", in tokens. */
const MAX_ADDED_OBJECT = 6;

/** "added the drug group to its program", "added cisplatin and carboplatin to its shortage list": "add" with
 * an object and a "to" before any verb puts something somewhere (not "added that …", "added in a statement
 * to …"). */
function objectTo(w: TokenWindow): boolean {
  const bare = w.at(1).word && !w.at(1).cap && w.word(1) !== 'that' && !w.in(1, PREPOSITIONS);
  if (!w.in(1, OBJECT_DETERMINERS) && !bare) return false;
  for (let k = 2; k < 2 + MAX_ADDED_OBJECT && w.has(k); k++) {
    const t = w.at(k);
    if (t.lower === 'to') return true;
    if (!t.word || FINITE_AUXILIARIES.has(t.lower)) return false;
  }
  return false;
}
