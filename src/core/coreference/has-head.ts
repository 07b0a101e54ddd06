// Whether an organisation's name has a description's head ("the bank" for "Bundesbank"): described-org.ts.
import { cueForm } from '../cues/find-cues';
import { ORG_HEADS } from '../lexicon/org-heads';
import { CORPORATE_TAILS } from '../lexicon/org-kinds';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';

/** A word of the name is one of the heads, its adjective ("Telecom Regulatory Authority" for "the regulator")
 * or a compound ending in it ("Bundesbank" for "the bank"); not another head ending so ("the mission" is no
 * "European Commission"), nor a plural ("the bank" is no "Federation of Banks"). */
export function hasHead(called: string, heads: readonly string[]): boolean {
  if (headlineClause(called)) return false;
  // (past an owner's possessive: "the bank" is not the Bank of England's Prudential Regulation Authority)
  const words = called.replace(/^.*[’']s\s/u, '').split(/[^\p{L}]+/u);
  return heads.some((head) =>
    words.some(
      (w, k) =>
        w === `${head}y` ||
        ((w === head || (w.endsWith(head) && !ORG_HEADS.has(w) && !ORG_ROLE_NOUNS.has(w))) &&
          !headAfter(words, k)),
    ),
  );
}

/** Another head after word k, before any "of" ("Siam Royal Airways Cabin Crew Association" is no airline):
 * word k only says whose the body is (as an adjective always does: "Telecom Regulatory Authority"). */
function headAfter(words: readonly string[], k: number): boolean {
  for (let n = k + 1; n < words.length; n++) {
    const w = words[n] ?? '';
    if (w === 'of' || w === 'for') return false;
    if (ORG_HEADS.has(w) && !CORPORATE_TAILS.has(w)) return true;
  }
  return false;
}

/** "Border Officials Tell House Panel They Need More Judges": a title-case headline's subject, verb and
 * object read as one capitalised run, no name however it ends (a cue verb's plain form is in it). */
const headlineClause = (name: string): boolean =>
  name
    .split(/\s+/)
    .slice(1)
    .some((w) => cueForm(w.toLowerCase())?.form === 'base');
