// Why a speaker name cannot be a name, or null when it may be one: the page floor's judge (issue 10).
// Its word lists are the test's own, written apart from the engine's lexicon so the test does not
// grade the engine with the engine's own data.

const PRONOUNS = new Set(
  'i me my mine we us our ours you your yours he him his she her hers they them their theirs it its who whom whose which that this these those'.split(
    ' ',
  ),
);
/** Month and weekday names that are never also surnames or first names on their own. */
const DATE_WORDS = new Set(
  'january february march july september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun'.split(
    ' ',
  ),
);
/** Month names that are also names ("Theresa May", "June Carter"): a date only beside a number. */
const NAME_MONTHS = new Set(['april', 'may', 'june', 'august']);
const DATE_FILLER = new Set(['a', 'the', 'on', 'last', 'next', 'this', 'of', 'early', 'late', 'mid']);
/** Words that label a page's furniture or sections, never a speaker. ("Files" is not among them: files
 * are documents that can speak, "Files reveal Thatcher warned …"; "With files from …" is a credit line.) */
const LABEL_WORDS = new Set(
  'related additional more below above watch read listen photo photos video videos caption credit credits advertisement update updated editing editor reporting contributed see also opinion analysis'.split(
    ' ',
  ),
);

const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

const isNumber = (w: string): boolean => /^[\p{N}.,:%$/-]+$/u.test(w) && /\p{N}/u.test(w);
const isOrdinal = (w: string): boolean => /^\d+(st|nd|rd|th)$/.test(w);

function isDate(ws: readonly string[]): boolean {
  const numeric = ws.some((w) => isNumber(w) || isOrdinal(w));
  const dated = ws.some((w) => DATE_WORDS.has(w) || (numeric && NAME_MONTHS.has(w)));
  return (
    dated &&
    ws.every(
      (w) => DATE_WORDS.has(w) || NAME_MONTHS.has(w) || DATE_FILLER.has(w) || isNumber(w) || isOrdinal(w),
    )
  );
}

/** An all-caps word this short is an acronym ("WHO", "AP"), even where the page uses it as a word. */
const MAX_ACRONYM = 3;
const isAllCaps = (name: string): boolean => /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);

/** "SOURCE", "KEEPING SCORE": upper case throughout, and made of words the page itself uses in lower case
 * (so an acronym such as "NATO" or a name in capitals such as "SPRINGFIELD POLICE" is not a label). */
function isCapsLabel(name: string, ws: readonly string[], pageWords: ReadonlySet<string>): boolean {
  const acronym = ws.length === 1 && ws[0]!.length <= MAX_ACRONYM; // "WHO", "AP"
  return isAllCaps(name) && !acronym && ws.every((w) => pageWords.has(w));
}

/** Lower-case words of a page, for telling an all-caps label ("MORE") from an acronym ("NASA"). */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []);
}

export function notANameReason(name: string, pageWords: ReadonlySet<string>): string | null {
  const ws = words(name);
  if (ws.length === 0) return 'no word';
  // "WHO" and "US" in capitals are the World Health Organization and the United States.
  if (ws.length === 1 && PRONOUNS.has(ws[0]!) && (name.length === 1 || !isAllCaps(name))) return 'pronoun';
  if (ws.every(isNumber)) return 'number';
  if (isDate(ws)) return 'date';
  if (ws.some((w) => /^\p{L}+['’](?:ve|re|ll|m|d)$/u.test(w) || /n['’]t$/.test(w))) return 'contraction';
  if (ws.every((w) => LABEL_WORDS.has(w))) return 'label word';
  if (isCapsLabel(name, ws, pageWords)) return 'all-caps label';
  return null;
}
