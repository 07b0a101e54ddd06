// The speaker phrase after an inverted cue ("…,” said chief engineer Ruth Okafor") or after an
// opening participle's comma ("Insisting …, the mayor left").
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { UNNAMED_MODIFIERS, UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-sources';
import type { Token } from '../text/tokenize';
import { isAbbrevDot, isNameWord, isNameWordAt } from './name-words';
import type { Phrase, PhraseKind } from './speaker-phrase';

/** A lowercase role word right before a name ("said chief engineer Ruth Okafor"): not a function word or
 * a verb form, so "said the plan was Smith's" never reads "plan was" as a role. */
function isRoleBeforeName(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!;
  const next = tokens[k + 1];
  return (
    w.word &&
    !w.cap &&
    next !== undefined &&
    isNameWord(next) &&
    !/(ed|ing|ly)$/.test(w.lower) &&
    !/^(a|an|the|and|or|but|of|to|in|on|at|for|by|with|from|that|this|was|is|were|are|has|had|have|will|would|as|if|so|not|who|which|then|than)$/.test(
      w.lower,
    )
  );
}

/** The speaker phrase starting at token i after an inverted cue ("said Mike Mayo, an analyst"). */
export function phraseAfter(tokens: readonly Token[], i: number, ceil: number): Phrase | null {
  const t = tokens[i];
  if (!t || i > ceil) return null;
  if (t.lower in SPEAKER_PRONOUNS && t.lower !== 'it') return { first: i, last: i, kind: 'pronoun' };
  let k = i;
  let last = -1;
  let kind: PhraseKind = 'proper';
  while (k <= ceil) {
    const w = tokens[k]!;
    if (isNameWordAt(tokens, k) || isAbbrevDot(tokens, k)) {
      if (w.word) {
        last = k;
        kind = UNNAMED_SOURCE_NOUNS.has(w.lower) && last === k && k === i ? 'unnamed' : 'proper';
      }
    } else if (w.word && UNNAMED_SOURCE_NOUNS.has(w.lower)) {
      last = k;
      kind = 'unnamed';
    } else if (
      !(w.word && (UNNAMED_MODIFIERS.has(w.lower) || TITLE_WORDS.has(w.lower))) &&
      !isRoleBeforeName(tokens, k)
    )
      break;
    k++;
  }
  return last >= i ? { first: i, last, kind } : null;
}
