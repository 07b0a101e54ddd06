// "Shell said it would appeal the ruling", "Sony said it had no plans to sell": a one-word name whose words
// go on with "it" doing what a company does (appeal, hire, sell) names the company; a person says "he" or
// "she" of themselves, and "Gore said it was premature" speaks of something else.
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import { COMPANY_ACTIONS } from '../lexicon/company-trades';

/** Words read after the cue for the "it". */
const MAX_WORDS = 8;
const WORD = /[\p{L}'-]+/gu;

/** The words after a cue open on "it" acting as a company does ("… said Tuesday that it would appeal"). */
export function itActs(after: string): boolean {
  // ("co-operated" is "cooperated")
  const words = (after.match(WORD) ?? []).slice(0, MAX_WORDS).map((w) => w.toLowerCase().replace(/-/g, ''));
  // past the cue's own word, a day and "that": "said Tuesday that it"
  const it = words.indexOf('it');
  if (it < 1 || it > 3) return false;
  let k = it + 1;
  while (k < words.length && (FINITE_AUXILIARIES.has(words[k] ?? '') || words[k] === 'not')) k++;
  const verb = words[k] ?? '';
  const plans = words[k - 1] !== 'it' && words[k] === 'no' && words[k + 1] === 'plans'; // "it had no plans"
  // (the base form, or the past: "it had suspended", "it settled")
  return (
    plans ||
    [verb, verb.replace(/s$/, ''), verb.replace(/d$/, ''), verb.replace(/ed$/, '')].some((v) =>
      COMPANY_ACTIONS.has(v),
    )
  );
}
