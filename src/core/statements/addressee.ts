// Whom "told" (or a channel "to") addresses: "told reporters", "told local television", "told The Associated
// Press", "in a note to clients".
import { ADDRESSEES, MEDIA_KIND_NOUNS, PROGRAMME_NOUNS } from '../lexicon/addressees';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { BROADCASTER_MODIFIERS, BROADCASTER_NOUNS } from '../lexicon/after-cue-words';
import { OBJECT_PRONOUNS } from '../lexicon/function-words';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/coreference-words';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { isPossessive } from '../text/possessive';

/** The addressee of "told" starting at token k, as a token span: "told local television", "told reporters",
 * "told The Associated Press". */
export function addressee(tokens: readonly Token[], k: number, end: number): [number, number] | null {
  const t = tokenAt(tokens, k);
  const outlet = namedOutletEnd(tokens, k, end);
  if (outlet > 0) return [k, outlet];
  if (BROADCASTER_MODIFIERS.has(t.lower) && BROADCASTER_NOUNS.has(tokens[k + 1]?.lower ?? ''))
    return [k, k + 1];
  if (ADDRESSEES.has(t.lower)) return [k, k];
  // "told the court", "told the jury"
  if (t.lower === 'the' && ADDRESSEES.has(tokens[k + 1]?.lower ?? '') && k + 1 < end) return [k, k + 1];
  if (!t.cap && t.lower !== 'the') return null;
  let m = k;
  while (
    m + 1 < end &&
    (tokenAt(tokens, m + 1).cap ||
      (tokenAt(tokens, m + 1).text === '.' && tokens[m + 2]?.cap) ||
      (tokenAt(tokens, m + 1).lower === 'of' && tokens[m + 2]?.cap)) &&
    m - k < 6
  )
    m++;
  // "told NBC's “Today” show", "said on NBC's “Meet the Press”": past a programme's quoted name
  const title = titleEnd(tokens, m + 1, end);
  if (title > 0) return [k, title];
  if (!tokenAt(tokens, m).cap) return null;
  // ("in a letter to Meridian's board that …": the owner's noun)
  const owned = tokens[m + 1];
  if (
    isPossessive(tokenAt(tokens, m).text) &&
    owned?.word &&
    !owned.cap &&
    owned.lower !== 'that' &&
    m + 1 < end
  )
    return [k, m + 1];
  // "asked the Cleveland crowd “…”": a name may modify the addressee noun
  const noun = tokens[m + 1]?.lower ?? '';
  return ADDRESSEES.has(noun) &&
    !OBJECT_PRONOUNS.has(noun) &&
    !THIRD_PERSON_POSSESSIVES.has(noun) &&
    m + 1 < end
    ? [k, m + 1]
    : [k, m];
}

/** The last token of a programme's quoted name opening at i: the programme's noun after it ("“Today” show",
 * "“Face the Nation” program"), or its closing mark after a broadcaster's possessive or "on" ("NBC's “Meet
 * the Press”"); else -1. */
export function titleEnd(tokens: readonly Token[], i: number, end: number): number {
  if (!OPENING_MARKS.has(tokens[i]?.text ?? '') || !tokens[i + 1]?.cap) return -1;
  // (or right after "on": "said on “Fox News Sunday” that")
  const owned =
    (tokens[i - 1]?.cap === true && isPossessive(tokenAt(tokens, i - 1).text)) ||
    tokens[i - 1]?.lower === 'on';
  for (let c = i + 1; c <= i + MAX_TITLE_WORDS && c + 1 < end && tokens[c]?.word; c++) {
    if (!CLOSING_MARKS.has(tokens[c + 1]?.text ?? '')) continue;
    if (PROGRAMME_NOUNS.has(tokens[c + 2]?.lower ?? '') && c + 2 < end) return c + 2;
    return owned ? c + 1 : -1;
  }
  return -1;
}
/** Longest programme name read between its marks, in words. */
const MAX_TITLE_WORDS = 4;
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”']);

/** Most words before an outlet's kind ("the state news agency"). */
const MAX_KIND_WORDS = 4;

/** "told the Italian newspaper Corriere della Sera", "told the state news agency TASS": the last token of an
 * outlet's name right after the words saying what kind of outlet it is; -1 when none is there. */
function namedOutletEnd(tokens: readonly Token[], k: number, end: number): number {
  let kind = k;
  while (kind < end && kind - k < MAX_KIND_WORDS && tokenAt(tokens, kind).word) {
    if (MEDIA_KIND_NOUNS.has(tokenAt(tokens, kind).lower) && tokens[kind + 1]?.cap && kind + 1 < end) break;
    kind++;
  }
  if (kind >= end || kind - k >= MAX_KIND_WORDS || !MEDIA_KIND_NOUNS.has(tokenAt(tokens, kind).lower))
    return -1;
  const first = tokenAt(tokens, kind + 1).lower;
  if (WEEKDAYS.has(first) || MONTHS.has(first)) return -1; // ("told a local newspaper Tuesday that …")
  let m = kind + 1;
  while (m + 1 < end && nameGoesOn(tokens, m + 1)) m++;
  return m;
}

/** The outlet's name goes on at token i: a capitalised word, or an abbreviation's dot or a name's particle
 * between two of them ("Corriere della Sera", "O Estado de S. Paulo"). */
const nameGoesOn = (tokens: readonly Token[], i: number): boolean => {
  const t = tokenAt(tokens, i);
  if (t.cap) return true;
  return (t.text === '.' || NAME_PARTICLES.has(t.text)) && tokens[i + 1]?.cap === true;
};
