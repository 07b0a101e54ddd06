// An alias beside a name shows it is an organisation's (split from company-cue.ts): "Finland's Security and
// Intelligence Service, known as Supo,", "The European Consumer Voice, known as ECV,".
import { ORG_HEADS } from '../lexicon/org-heads';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** "Finland's Security and Intelligence Service, known as Supo, said": what an organisation is known as is
 * its name too. */
const knownAs = (toks: readonly Token[], i: number): boolean =>
  i >= 4 &&
  toks[i - 1]?.lower === 'as' &&
  toks[i - 2]?.lower === 'known' &&
  toks[i - 3]?.text === ',' &&
  tokenAt(toks, i - 4).cap &&
  ORG_HEADS.has(tokenAt(toks, i - 4).lower);

/** "The European Consumer Voice, known as ECV, said": a name known by its initials is an organisation's. */
const initialsAfter = (toks: readonly Token[], j: number): boolean =>
  toks[j + 1]?.text === ',' &&
  toks[j + 2]?.lower === 'known' &&
  toks[j + 3]?.lower === 'as' &&
  /^\p{Lu}{2,}$/u.test(toks[j + 4]?.text ?? '');

/** The name at [i, j] is an organisation's alias, or is known by its initials. */
export const aliasCue = (toks: readonly Token[], i: number, j: number): boolean =>
  knownAs(toks, i) || initialsAfter(toks, j);
