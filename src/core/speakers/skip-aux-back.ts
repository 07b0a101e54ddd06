// What may sit between a subject and its cue verb, skipped when reading back from the verb to the subject:
// "Trump has also repeatedly said", "Trump on Monday said", "Trump, however, said", "Trump in his speech called".
import { DAY_WORDS, DURATION_UNITS } from '../lexicon/calendar';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { CONTROL_VERBS } from '../lexicon/cue-context-words';
import { CHANNEL_NOUNS } from '../lexicon/cue-nouns';
import { ASIDE_ADVERBS, AUXILIARIES_AND_ADVERBS, LY_NOUNS } from '../lexicon/subject-cue-gap';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { DEGREE_ADVERBS, RECENT_PERIOD_WORDS } from '../lexicon/speaker-phrase-words';

/** Manner adverbs between subject and cue ("Clinton disingenuously claimed"). */
export const isAdverb = (t: Token): boolean =>
  t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);

const ADJUNCT_PREPS = new Set(['in', 'during', 'at', 'on', 'via']);
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);
/** "The union late Friday said": a part of the day before its name. */
const DAY_PART_WORDS = new Set(['late', 'early']);

/** "Smith earlier said", not "his earlier writing about": after a determiner it is an adjective. */
const earlierAdverb = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.lower === 'earlier' &&
  !ARTICLES.has(tokens[j - 1]?.lower ?? '') &&
  !POSSESSIVE_DETERMINERS.has(tokens[j - 1]?.lower ?? '');

/** Zero-width characters that pasted text leaves between words. */
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff]+$/;

/** "A report published Wednesday said": a participle right after its noun, before the day that was
 * skipped, describes the subject. */
const reducedRelative = (tokens: readonly Token[], j: number): boolean => {
  const t = tokens[j];
  const noun = tokens[j - 1];
  return (
    !!t?.word &&
    !t.cap &&
    /[a-z]ed$/.test(t.lower) &&
    !!noun?.word &&
    !noun.cap &&
    !AUXILIARIES_AND_ADVERBS.has(noun.lower) &&
    !isAdverb(noun)
  );
};

/** Skips what may sit between a subject and its cue: auxiliaries and adverbs ("has also", "flatly"),
 * days ("Trump on Monday said"), asides (", however,") and channels ("Trump in his speech called"). */
export function skipAuxBack(tokens: readonly Token[], j: number, floor: number): number {
  for (;;) {
    const t = tokens[j];
    if (!t || j < floor) return j;
    if (INVISIBLE.test(t.text))
      j--; // "Traeger\u200b said": a zero-width mark pasted after the name
    else if ((AUXILIARIES_AND_ADVERBS.has(t.lower) || isAdverb(t) || earlierAdverb(tokens, j)) && !t.cap)
      j -= isAdverb(t) && DEGREE_ADVERBS.has(tokens[j - 1]?.lower ?? '') ? 2 : 1;
    // "Cruz and Rubio have both urged", "Carson, Cruz and Paul have all attacked": a floating quantifier
    // (also after a bracket or a dashed aside: "Goodlatte (R-Va.) both condemned", "figures — whose … — both")
    else if (
      FLOATING_QUANTIFIERS.has(t.lower) &&
      j - 1 > floor &&
      /^[\p{L}\p{N})—–]/u.test(tokens[j - 1]?.text ?? '') &&
      !t.cap
    )
      j--;
    else if (t.lower === 'to' && CONTROL_VERBS.has(tokens[j - 1]?.lower ?? '')) j -= 2;
    else if (t.lower === 'to' && tokens[j - 1]?.lower === 'on' && tokens[j - 2]?.lower === 'went') j -= 3;
    else if (DAY_WORDS.has(t.lower)) {
      j -= tokens[j - 1]?.lower === 'on' || DAY_PART_WORDS.has(tokens[j - 1]?.lower ?? '') ? 2 : 1;
      if (reducedRelative(tokens, j)) j--; // "A report published Wednesday said"
    } else if (
      (t.lower === 'week' || t.lower === 'month' || t.lower === 'year') &&
      RECENT_PERIOD_WORDS.has(tokens[j - 1]?.lower ?? '')
    )
      j -= 2;
    else if (DURATION_UNITS.has(t.lower) && tokens[j - 1]?.lower === 'for')
      j -= 2; // "researchers have for years been saying"
    else if (t.text === ',' && ASIDE_ADVERBS.has(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.text === ',')
      j -= 3;
    else if (CHANNEL_NOUNS.has(t.lower)) {
      let k = j - 1;
      while (
        k > floor &&
        j - k < 6 &&
        tokenAt(tokens, k).word &&
        !ADJUNCT_PREPS.has(tokenAt(tokens, k).lower)
      )
        k--;
      if (k <= floor || !ADJUNCT_PREPS.has(tokenAt(tokens, k).lower)) return j;
      j = k - 1;
    } else return j;
  }
}
