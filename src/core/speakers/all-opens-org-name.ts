// "The All India Gaming Federation", "the All Progressives Congress": "All" opening an organisation's name is
// part of it, not a quantifier (a name word for name-words.ts).
import { ORG_HEADS } from '../lexicon/org-heads';
import type { Token } from '../text/tokenize';

/** Most name words from "All" to the organisation's head. */
const MAX_TO_HEAD = 4;

export function allOpensOrgName(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== 'All' || (i > 0 && tokens[i - 1]?.word && tokens[i - 1]?.lower !== 'the'))
    return false;
  for (let k = i + 1; k <= i + MAX_TO_HEAD; k++) {
    const t = tokens[k];
    if (!t?.cap) return false;
    if (ORG_HEADS.has(t.lower)) return true;
    // ("All India Bank Employees' Association": past a plural's apostrophe)
    if (tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === '’') k++;
  }
  return false;
}
