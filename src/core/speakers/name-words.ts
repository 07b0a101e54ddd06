// Token tests shared by the speaker-phrase scans: name words and the dots inside abbreviated names.
import { ABBREVIATIONS } from '../lexicon/abbreviations';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import type { Token } from '../text/tokenize';

/** The dot of an abbreviation or initial ("Gov.", "J.", "U.S.") inside a name. */
export const isAbbrevDot = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const p = tokens[i - 1];
  return (
    t?.text === '.' &&
    p !== undefined &&
    p.end === t.start &&
    (ABBREVIATIONS.has(p.lower) || (p.cap && p.text.length === 1) || /^(\p{L}\.)+\p{L}$/u.test(p.text))
  );
};
/** A capitalised word that can be part of a name (not a sentence-opening function word). */
export const isNameWord = (t: Token): boolean =>
  t.word && t.cap && !NON_NAME_CAPS.has(t.lower) && !NON_NAME_CAPS.has(t.lower.replace(/[’']s$/, ''));
