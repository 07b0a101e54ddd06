// The role nouns written around a person's name, so "the mayor" or "the professor" can find them later:
// a lowercase role right before the name ("Toronto retiree Doug Purdy"), an apposition after it ("Doug
// McCallum, Surrey's mayor,", "Guenther Schuh, a professor at …") or a copula ("Gillis is the coach of …").
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { FIRST_NAMES } from '../lexicon/first-names';
import { GENDERED_ROLE_NOUNS } from '../lexicon/gendered-role-nouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles';
import { TITLE_MODIFIERS } from '../lexicon/title-kinds';
import { FINITE_AUXILIARIES } from '../lexicon/clause-words';
import type { Token } from '../text/tokenize';
import { isAgentNoun } from '../text/agent-noun';
import { tokenAt, tokenOrNone } from '../text/token-window';
import { IS_WAS, ROLE_PHRASE_ENDS, SERVE_VERBS } from '../lexicon/coreference-words';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { ORG_HEADS } from '../lexicon/org-heads';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { shortOfficeStart } from './titles-before';
import { cueForm } from '../cues/find-cues';
import { hasVerb } from '../statements/has-verb';
import { endsNounPhrase } from './ends-noun-phrase';
import { isDemonym } from '../speakers/is-demonym';
import { PLACES } from '../lexicon/places';
import { CLAUSE_JOINS, NON_DESCRIPTOR_WORDS, PREPOSITIONS } from '../lexicon/subject-words';

/** Longest apposition read for role nouns, in tokens. */
const MAX_APPOSITION = 10;
const isRole = (t: Token | undefined): boolean =>
  !!t && t.word && (PERSON_ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower));

/** Role nouns around the name at tokens first…last. */
export function roleWordsAround(toks: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  // Before the name only a role noun counts, and not as a verb ("to press Israel's …").
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const t = tokenAt(toks, k);
    if (!t.word || t.cap || !PERSON_ROLE_NOUNS.has(t.lower) || tokenOrNone(toks, k - 1)?.lower === 'to')
      break;
    out.push(t.lower);
  }
  let k = last + 1;
  const opener = toks[k];
  // "Her company, WeavAir, is preparing …": a verb after the comma opens no apposition.
  if (opener?.text === ',' && FINITE_AUXILIARIES.has(toks[k + 1]?.lower ?? '')) return out;
  if (opener?.text === ',') k++;
  else if (IS_WAS.has(opener?.lower ?? '') && ARTICLES.has(toks[k + 1]?.lower ?? '')) k += 2;
  else if (servesAs(toks, k)) return [...out, ...rolesAfterAs(toks, k)];
  else return out;
  // "Elilla, a Brazilian trans woman": a gendered noun is a role only in an apposition that opens with an
  // article ("Manhattan, named after his grandmother" is none).
  const described = ARTICLES.has(toks[k]?.lower ?? '');
  const roles: string[] = [];
  for (const end = k + MAX_APPOSITION; k < end && k < toks.length; k++) {
    const t = tokenAt(toks, k);
    if (!t.word && t.text !== '’' && t.text !== "'") break;
    // "In a post on X, the senator wrote …", "…, the billionaire said": a verb makes the words after the
    // comma the next clause's subject, no apposition of the name before it
    if (hasVerb(toks, k, k + 1) || cueForm(t.lower)?.form === 's') return out;
    // The apposition's head comes before "of"/"at"/"for" ("the coach of The Spirit").
    if (ROLE_PHRASE_ENDS.has(t.lower)) break;
    // "… funds NASA, Rep. Robert Aderholt": an honorific starts the next name.
    if (t.cap && HONORIFICS.has(t.lower)) break;
    if (isRole(t) || (described && GENDERED_ROLE_NOUNS.has(t.lower))) roles.push(t.lower);
  }
  return [...out, ...roles];
}

/** "Jeff Ulbrich will serve as interim coach": a role someone takes after the name (past "will"). */
const servesAs = (toks: readonly Token[], k: number): boolean => {
  const verb = toks[k]?.lower === 'will' ? k + 1 : k;
  return SERVE_VERBS.has(toks[verb]?.lower ?? '') && toks[verb + 1]?.lower === 'as';
};

/** The role words after "serve as": up to the first word that is no role word or modifier. */
function rolesAfterAs(toks: readonly Token[], k: number): string[] {
  const roles: string[] = [];
  for (let m = k + (toks[k]?.lower === 'will' ? 3 : 2); m < toks.length && m < k + MAX_APPOSITION; m++) {
    const t = tokenAt(toks, m);
    if (!t.word || ROLE_PHRASE_ENDS.has(t.lower)) break;
    if (isRole(t)) roles.push(t.lower);
  }
  return roles;
}

/** Where a title run starting at i really starts: back over "of" and the capitalised title before it
 * ("White House Chief of | Staff Denis McDonough", "Secretary of | State John Kerry"), and a lowercase
 * modifier of the office before that ("former"). */
export function officeStart(toks: readonly Token[], i: number): number {
  const capTitle = (t: Token | undefined): boolean => !!t && t.cap && TITLE_WORDS.has(t.lower);
  const capWord = (t: Token | undefined): boolean => !!t && t.word && t.cap && !NON_NAME_CAPS.has(t.lower);
  let r = i;
  for (;;) {
    // ("Minister of Industry and Trade": past the office's first object and its "and")
    let q = r;
    const object = (t: Token | undefined): boolean => capWord(t) && !FIRST_NAMES.has(t?.lower ?? '');
    if (tokenOrNone(toks, q - 1)?.lower === 'and' && object(tokenOrNone(toks, q - 2)))
      for (q--; object(tokenOrNone(toks, q - 1));) q--;
    // ("Minister for Foreign Affairs and Trade" too, not "Counsel for Mr Ó Súilleabháin": what the office is for)
    const of = tokenOrNone(toks, q - 1)?.lower;
    const remit = of === 'of' || (of === 'for' && (q < i || PORTFOLIO_WORDS.has(tokenAt(toks, q).lower)));
    if (!remit || !capTitle(tokenOrNone(toks, q - 2))) break;
    r = q - 2;
    while (capWord(tokenOrNone(toks, r - 1))) r--;
  }
  // ("met former President Donald Trump", "said state Sen. Ana Ruiz": a lowercase word of the office)
  const modifier = tokenOrNone(toks, r - 1);
  return modifier?.word && !modifier.cap && TITLE_MODIFIERS.has(modifier.lower) ? r - 1 : r;
}

/** The words from…to-1 are an office's: title words, maybe after a nation's adjective or a place ("Danish
 * Prime Minister", "Ohio Gov."). */
export function isOfficeRun(toks: readonly Token[], from: number, to: number): boolean {
  const titled = (t: Token): boolean => t.word && TITLE_WORDS.has(t.lower);
  const words = toks.slice(from, to);
  if (words.every(titled)) return true;
  // ("Immigration Minister Simon Jolin", "Health and Social Services Minister …": a portfolio before the title)
  const portfolio = (t: Token): boolean => t.lower === 'and' || PORTFOLIO_WORDS.has(t.lower);
  if (titled(tokenAt(toks, to - 1)) && words.every((t) => titled(t) || portfolio(t))) return true;
  // ("Secretary of Health and Human Services Xavier Becerra": what an office before them is for)
  const joined = tokenOrNone(toks, from - 1)?.lower === 'of' || tokenOrNone(toks, from - 1)?.lower === 'and';
  if (joined && officeStart(toks, from) < from && words.every((w) => w.word && w.cap)) return true;
  // (one nation word first; "The Canadian Press Prime Minister Justin Trudeau" is a photo credit)
  const first = tokenAt(toks, from);
  const nation = first.cap && (isDemonym(first.lower) || PLACES.has(first.lower));
  return nation && words.length > 1 && words.slice(1).every((w) => titled(w) && !ORG_HEADS.has(w.lower));
}

/** Most words of a role written before a name without a title word ("Flames assistant coach"). */
const MAX_ROLE_BEFORE = 4;

/** A listed role noun, or a trade known by its ending in lower case ("the pianist Maria Lindqvist"; not
 * "senior"). */
const roleNounWord = (t: Token): boolean =>
  PERSON_ROLE_NOUNS.has(t.lower) || (!t.cap && isAgentNoun(t.lower) && !/or$/.test(t.lower));

/** Where a role noun's phrase right before the name at `first` starts ("Flames coach Ryan Huska",
 * "Goaltender Stuart Skinner", "Toronto retiree Doug Purdy"), or -1 with none: a role noun closes it, and
 * only capitalised words (not an organisation's head: "The Canadian Press Prime Minister …" is a photo
 * credit and a title) and more role nouns come before it. After a lowercase word only a determiner may
 * open it ("his lawyer Amanda Singh", not "surrounded by veteran Clinton haters"). */
export function roleNounStart(toks: readonly Token[], first: number, end = first): number {
  const short = shortOfficeStart(toks, first); // ("Gov. Ron DeSantis", "Lt. Gov. Winsome Earle-Sears")
  if (short >= 0) return short;
  const last = tokenOrNone(toks, first - 1);
  // ("President-elect Claudia Sheinbaum": a title to come, which ends no name run)
  if (last?.cap && last.lower.endsWith('-elect') && TITLE_WORDS.has(last.lower.slice(0, -6)))
    return first - 1;
  if (!last?.word || !roleNounWord(last)) return -1;
  let k = first - 1;
  while (k > 0 && first - k < MAX_ROLE_BEFORE) {
    const t = tokenAt(toks, k - 1);
    // (not a cue opening the sentence: "Says coach Ana Ruiz: …")
    const form = k === 1 ? cueForm(t.lower)?.form : undefined; // ("State spokesman Mark Toner" keeps "State")
    const cue = form === 's' || form === 'ed';
    // ("Union president Angela Bonilla": an organisation's head opening the sentence right before the role
    // noun is whose role it is; elsewhere it ends a name the role is not part of)
    // ("Met Office chief meteorologist Paul Gundersen": the same for a whole name opening the sentence)
    const opening = toks.slice(0, k).every((w) => w.cap && w.word) && !ARTICLES.has(tokenAt(toks, 0).lower);
    // ("Chief Patrol Agent Gloria Chavez": after a title, the head is a word of the office's own)
    const title = tokenAt(toks, k - 2);
    const titled = title.cap && TITLE_WORDS.has(title.lower) && !TITLE_MODIFIERS.has(title.lower);
    const head = ORG_HEADS.has(t.lower) && !(k === 1 && k === first - 1) && !opening && !titled;
    const cap = t.cap && !NON_NAME_CAPS.has(t.lower) && !head && !cue;
    // ("Retired music teacher Gordon Mah": one lowercase noun right before the role noun, no verb)
    const modifier =
      k === first - 1 &&
      /^\p{Ll}/u.test(t.text) &&
      !NON_DESCRIPTOR_WORDS.has(t.lower) &&
      !PREPOSITIONS.has(t.lower) &&
      !ARTICLES.has(t.lower) &&
      !POSSESSIVE_DETERMINERS.has(t.lower) &&
      cueForm(t.lower) === undefined &&
      !/(?:ly|ing|ed)$/.test(t.lower);
    if (!t.word || !(cap || modifier || PERSON_ROLE_NOUNS.has(t.lower))) break;
    k--;
  }
  const before = tokenOrNone(toks, k - 1);
  // (or a clause's conjunction: "He was 19 when producer George Martin asked him")
  const opens =
    !before?.word ||
    before.cap ||
    ARTICLES.has(before.lower) ||
    POSSESSIVE_DETERMINERS.has(before.lower) ||
    CLAUSE_JOINS.has(before.lower) ||
    // ("dismissed by Village President Doug Harrelson.", "after Winnipeg forward Jakub Novotny crashed":
    // after a preposition too, where the name ends the noun phrase; not "by veteran Clinton haters")
    // (a preposition inside a name is none: "Center for American Progress President Neera Tanden")
    (PREPOSITIONS.has(before.lower) && !tokenOrNone(toks, k - 2)?.cap && endsNounPhrase(toks, end));
  return opens ? k : -1;
}
