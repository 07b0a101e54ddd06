// "one of them told me", "most of us said": a head with its "of" and an object pronoun speaks as one of
// the group the pronoun names.
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import type { Phrase } from '../speakers/speaker-phrase';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';

/** "one of them told me": the head with its "of" and pronoun, which name the group it is one of. */
export const ofPronoun = (toks: readonly Token[], p: Phrase | null, j: number): Phrase | null =>
  p && p.last === j - 2 && toks[j - 1]?.lower === 'of' && OBJECT_PRONOUNS.has(tokenAt(toks, j).lower)
    ? { ...p, last: j }
    : p;
