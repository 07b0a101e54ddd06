// Where a subject's description begins when a comma, a closing quote or the sentence start sets it off:
// "…,” chief engineer Ruth Okafor said", "…,” Acme senior engineer Ana Ruiz said".
import { NAME_JOINERS } from '../lexicon/coreference-words';
import { NAME_PREMODIFIERS, NON_DESCRIPTOR_WORDS } from '../lexicon/subject-words';
import { commonPlurals, isNameWord } from '../speakers/name-words';
import { tokenAt } from '../text/token-window';
import type { Token } from '../text/tokenize';
import { CLOSE_MARKS } from './content-end';
import { DASHES } from './clause-start';
import { PLACES } from '../lexicon/places';
import { INDEFINITE_ARTICLES } from '../lexicon/clause-boundary-words';

/** Most lowercase words between a comma and the name they describe ("…, chief engineer Ruth Okafor said"). */
const MAX_DESCRIPTOR = 4;
/** Most tokens of a name before a description ("University of the Fraser Valley political scientist …"). */
const MAX_PROPER_MODIFIER = 6;

/** Where a subject with a lowercase description before it begins, when a comma (or the sentence start)
 * sets the description off: "…, longtime pollster Jane Roe said" → "longtime"; "…, Acme senior engineer Ana
 * Ruiz said" → "Acme" (an organisation or place naming whose engineer). Else `first` itself. */
export function descriptorStart(toks: readonly Token[], first: number, floor: number): number {
  // ("…, ambassador to Mexico Roberta Jacobson said": a place after the role's "to" or "of" is the role's)
  const from = placeOfRole(toks, first) ? first - 1 : first;
  const k = lowercaseStart(toks, from, floor);
  // ("…, a move Mayor Ken Sim called …": after "a" the noun is what a full name's clause describes; not
  // "a pro-Clinton super PAC said")
  const article = INDEFINITE_ARTICLES.has(tokenAt(toks, k).lower) && isNameWord(tokenAt(toks, first + 1));
  if (k === from || article) return first;
  if (setOff(toks, k, floor)) return k;
  const named = properModifierStart(toks, k, floor);
  if (named === k) return first;
  if (setOff(toks, named, floor)) return named;
  // "…,” former Conservative infrastructure critic Michael Chong said": "former" may open it before the name
  let before = named;
  while (before - 1 >= floor && NAME_PREMODIFIERS.has(tokenAt(toks, before - 1).lower)) before--;
  return before < named && setOff(toks, before, floor) ? before : first;
}

/** The name at `first` opens on a place right after a lowercase role's "to" or "of". */
const placeOfRole = (toks: readonly Token[], first: number): boolean =>
  ROLE_PLACE_LINKS.has(toks[first - 1]?.lower ?? '') &&
  PLACES.has(tokenAt(toks, first).lower) &&
  toks[first + 1]?.cap === true &&
  /^\p{Ll}+$/u.test(toks[first - 2]?.text ?? '');

const ROLE_PLACE_LINKS: ReadonlySet<string> = new Set(['of', 'to']);

/** Where the lowercase description right before token `first` begins, or `first` itself. */
function lowercaseStart(toks: readonly Token[], first: number, floor: number): number {
  let k = first;
  while (k - 1 >= floor && first - k < MAX_DESCRIPTOR) {
    const t = tokenAt(toks, k - 1);
    // "teachers and union officials": "and" may join two roles, never open the description
    const joins = t.lower === 'and' && k < first && toks[k - 2]?.word === true;
    // ("…,” plaintiffs' attorney Rebecca Stein said": a plural's apostrophe inside the description)
    if (commonPlurals(toks, k - 1)) {
      k--;
      continue;
    }
    if (!t.word || t.cap || (NON_DESCRIPTOR_WORDS.has(t.lower) && !joins) || /ly$/.test(t.lower)) break;
    k--;
  }
  while (k < first && NON_DESCRIPTOR_WORDS.has(tokenAt(toks, k).lower)) k++;
  return k;
}

/** Token k opens its clause: at the floor, or after a comma, a closing quote mark or a dash (a wire
 * dateline's: "MEXICO CITY (Reuters) - Mexico's president-elect Claudia Sheinbaum said"). */
function setOff(toks: readonly Token[], k: number, floor: number): boolean {
  const opener = toks[k - 1];
  return (
    k <= floor || !opener || opener.text === ',' || CLOSE_MARKS.has(opener.text) || DASHES.has(opener.text)
  );
}

/** The first token of a name right before token k ("Acme", "University of the Fraser Valley"), or k. */
function properModifierStart(toks: readonly Token[], k: number, floor: number): number {
  let m = k;
  while (m - 1 >= floor && k - m < MAX_PROPER_MODIFIER) {
    const t = tokenAt(toks, m - 1);
    // a joiner counts only inside the name ("of the" before "Fraser Valley")
    if (
      isNameWord(t) ||
      (NAME_JOINERS.has(t.lower) &&
        m < k &&
        (isNameWord(tokenAt(toks, m)) || NAME_JOINERS.has(tokenAt(toks, m).lower)))
    )
      m--;
    else break;
  }
  while (m < k && !tokenAt(toks, m).cap) m++;
  return m;
}
