// "Arsenal have agreed a fee of about £60m", "EU agrees landmark rules": "agree" with a thing as its object
// concludes a deal and reports nothing, unlike "agreed the plan would work" or "agreed to pay".
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { OBJECT_DETERMINERS } from '../lexicon/cue-filter-words';
import { DISTINCT_PAST } from '../lexicon/past-verbs';
import type { TokenWindow } from '../text/token-window';
import type { CueFilter } from './cue-filter';

/** How far a clause's verb may sit after "agreed" ("agreed the Gulf obstacle to Assad … can be"). */
const MAX_CLAUSE_REACH = 10;

/** A determiner, number or currency right after "agree" and no finite verb after it in its clause. */
function agreesAThing(w: TokenWindow): boolean {
  if (!w.has(1) || !(w.in(1, OBJECT_DETERMINERS) || /^[£$€\d]/.test(w.at(1).text))) return false;
  for (let k = 2; k <= MAX_CLAUSE_REACH && w.has(k); k++) {
    const t = w.at(k);
    if (t.text === '.' || t.text === ';') return true;
    if (FINITE_AUXILIARIES.has(t.lower) || DISTINCT_PAST.has(t.lower) || /\p{Ll}ed$/u.test(t.text))
      return false;
  }
  return true;
}

export const AGREES_A_DEAL_FILTER: CueFilter = {
  name: 'agrees a deal',
  reason: '"agree" with a thing for its object concludes a deal; only a clause after it reports',
  example: 'The club have [agreed] a fee of about £60m with the seller.',
  keeps: 'Most tax experts [agree] the exemption should be repealed.',
  rejects: (w, hit) => hit.lemma === 'agree' && agreesAThing(w),
};
