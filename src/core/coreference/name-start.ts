// Where a person's name starts in a capitalised run: after its titles ("Wells Fargo CEO John Stumpf"), at its
// first given name ("Borja del Pozo Cruz"), past a possessive affiliation ("CNN’s Kaitlan Collins"). Split from
// find-people.ts.
import { FIRST_NAMES, PATRONYMIC_PARTICLES } from '../lexicon/first-names';
import { ORG_HEADS } from '../lexicon/org-heads';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { MILITARY_RANKS, STYLE_TITLES } from '../lexicon/title-kinds';
import { OFFICE_BODIES, TITLE_WORDS } from '../lexicon/titles';
import { COURTESY_TITLES, SHORT_HONORIFICS } from '../lexicon/speaker-phrase-words';
import { isPossessive } from '../text/possessive';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { isAffiliation } from './name-span';
import { initialsAt } from './name-run';
import { officeStart } from './role-words';

/** A title word ("Mayor", "President-elect"), not one that is part of how someone is called ("Pope"). */
const isTitle = (t: Token): boolean =>
  TITLE_WORDS.has(t.lower.endsWith('-elect') ? t.lower.slice(0, -6) : t.lower) && !STYLE_TITLES.has(t.lower);

/** The first token from f before j that is a first name or initials standing for one; j when none is. A
 * particle is none, though "Del" is a first name ("Borja del Pozo Cruz"). */
export function firstNameFrom(toks: readonly Token[], f: number, j: number): number {
  const patronym = patronymStart(toks, f, j);
  if (patronym >= 0) return patronym;
  // ("Chief Minister Om Prakash Agarwal": a word no lexicon knows, right after a title and before a given name
  // and a surname, opens the name; not a headline's "Support Hillary Clinton")
  const titled = f > 0 && (isTitle(tokenAt(toks, f - 1)) || OFFICE_BODIES.has(tokenAt(toks, f - 1).lower));
  const unknown = (t: Token): boolean =>
    t.cap &&
    t.word &&
    !ADDRESS_TITLES.some((titles) => titles.has(t.lower)) &&
    !PERSON_ROLE_NOUNS.has(t.lower);
  if (titled && f + 2 <= j && unknown(tokenAt(toks, f)) && FIRST_NAMES.has(tokenAt(toks, f + 1).lower))
    return f;
  while (f < j && !(tokenAt(toks, f).cap && FIRST_NAMES.has(tokenAt(toks, f).lower)) && !initialsAt(toks, f))
    f++;
  // ("Dean Jenny Martinez", "State Forester Linda Whitehorse": a title or a role that is a given name too,
  // before another given name and a surname)
  const given = (k: number): boolean => tokenAt(toks, k).cap && FIRST_NAMES.has(tokenAt(toks, k).lower);
  const role = isTitle(tokenAt(toks, f)) || PERSON_ROLE_NOUNS.has(tokenAt(toks, f).lower);
  return f + 1 < j && role && given(f + 1) ? f + 1 : f;
}

/** "Finance Minister Sultan bin Salim Al Habsi", "Mohd Hafiz bin Abdullah", "Dafydd ap Gwilym Rees": the
 * words from `from` (past the titles) to a father's name are given names, whatever else they may be; -1 when
 * no father's name follows. */
export function patronymStart(toks: readonly Token[], from: number, j: number): number {
  for (let k = from + 1; k < j; k++) {
    if (!PATRONYMIC_PARTICLES.has(tokenAt(toks, k).text) || !tokenAt(toks, k - 1).cap) continue;
    // (past a title before them, "Sheikh", "Brigadier", but not the given name before the particle: "Sultan")
    let f = from;
    while (f < k - 1 && ADDRESS_TITLES.some((titles) => titles.has(tokenAt(toks, f).lower))) f++;
    return f;
  }
  return -1;
}

const ADDRESS_TITLES: readonly ReadonlySet<string>[] = [
  TITLE_WORDS,
  STYLE_TITLES,
  COURTESY_TITLES,
  MILITARY_RANKS,
];

/** The first token of i…j after leading titles and possessive affiliations; i when nothing but titles
 * is left ("Governor General") or an organisation's head is ("Justice Department"). */
function afterTitles(toks: readonly Token[], i: number, j: number): number {
  let f = i;
  while (f <= j && isTitle(tokenAt(toks, f))) f++;
  // ("Farmer Somsak Boonmee": a role noun, no given name, opening a run of two name words after it)
  const role = tokenAt(toks, f).lower;
  if (f === i && j - f >= 2 && PERSON_ROLE_NOUNS.has(role) && !FIRST_NAMES.has(role)) f++;
  // An affiliation goes only before a full name: "Trump's TV-friendly", "Clinton's Iraq" are no names.
  while (f < j - 1 && isAffiliation(tokenAt(toks, f))) f++;
  return f > j || toks.slice(f, j + 1).some((t) => ORG_HEADS.has(t.lower)) ? i : f;
}

/** The token after the last title word before j in the run i…j ("Wells Fargo CEO John Stumpf" → John). */
export function afterLastTitle(toks: readonly Token[], i: number, j: number): number {
  // (not a title inside a nickname's quotation marks: 'Marcus "Coach D" Dawkins')
  for (let k = j - 1; k > i; k--)
    if (isTitle(tokenAt(toks, k)) && !QUOTE_MARKS.test(toks[k - 1]?.text ?? '')) return k + 1;
  // ("Leader of the Opposition Shiv Prakash Pandey": the body an office is named after ends the office)
  return i < j && OFFICE_BODIES.has(tokenAt(toks, i).lower) && toks[i - 1]?.lower === 'the' ? i + 1 : i;
}

const QUOTE_MARKS = /^["“”]$/;

/** Where a name with no known given name starts in the run i…j: at `named` after an office, else after the
 * run's titles; past an owner's possessive ("Spain's Sánchez survives …" is Sánchez). */
export function surnameStart(
  toks: readonly Token[],
  run: { readonly i: number; readonly named: number; readonly j: number },
  afterOffice: boolean,
): number {
  const { i, named, j } = run;
  const patronym = patronymStart(toks, named, j);
  if (patronym >= 0) return patronym;
  let f = afterOffice || (named > i && named === j) ? named : afterTitles(toks, i, j);
  // ("Minister of Information Attaullah Tarar": the portfolio after an office's "of" is no part of the name)
  if (f === i && portfolioAfterOffice(toks, i)) f = pastPortfolio(toks, i, j);
  // ("Minister of Forestry and Research Dickson Maelasi": after the "and" of what an office is for, its last
  // item, before a name of two words or more)
  else if (f === i && j - i >= 2 && toks[i - 1]?.lower === 'and' && officeStart(toks, i) < i) f = i + 1;
  while (f < j && isPossessive(tokenAt(toks, f).text)) f++;
  // ("Understated Perez raises political profile", "Embattled Clinton": a long participle no list gives as a
  // name describes the surname; "Wilfried", "Saeed" are given names)
  const lead = tokenAt(toks, i);
  if (f === i && j === i + 1 && /^\p{Lu}\p{Ll}{6,}ed$/u.test(lead.text) && !FIRST_NAMES.has(lead.lower)) f++;
  return f;
}

/** The run at i follows an office's "of" or "for" ("Minister for …"). */
const portfolioAfterOffice = (toks: readonly Token[], i: number): boolean =>
  (toks[i - 1]?.lower === 'of' || toks[i - 1]?.lower === 'for') &&
  toks[i - 2]?.cap === true &&
  TITLE_WORDS.has(toks[i - 2]?.lower ?? '');

/** Where the name starts after a portfolio's words opening the run i…j; i when none do or nothing else
 * is left ("Minister of Foreign Affairs"). */
function pastPortfolio(toks: readonly Token[], i: number, j: number): number {
  const portfolio = (k: number): boolean => PORTFOLIO_WORDS.has(tokenAt(toks, k).lower);
  let f = i;
  while (f <= j && portfolio(f)) f++;
  for (let k = f; k <= j; k++) if (portfolio(k)) return i;
  return f > j ? i : f;
}

/** "Dr Abubakar Sadiq Mohammed": after a short honorific opening the run at `named`, the name starts, whichever
 * of its words the lists know (not at `first`, the first they know). */
export function honorificStart(toks: readonly Token[], named: number, first: number): number {
  if (!SHORT_HONORIFICS.has(tokenAt(toks, named).lower)) return first;
  const start = tokenAt(toks, named + 1).text === '.' ? named + 2 : named + 1;
  return first > start && tokenAt(toks, start).cap ? start : first;
}
