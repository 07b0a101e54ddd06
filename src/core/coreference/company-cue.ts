// A capitalised name no lexicon knows is a company when the text says so around it: "Sacramento-based
// McClatchy", "Shopify, an e-commerce company that …". People are described the same way by a role noun
// ("Ottawa-based economist Kevin Page", "Smith, a company director"), which these checks leave alone.
import { FIRST_NAMES, NAME_PARTICLES } from '../lexicon/first-names';
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { PLURAL_AUXILIARIES } from '../lexicon/clause-words';
import { SHARE_NOUNS } from '../lexicon/company-trades';
import { PREPOSITIONS } from '../lexicon/subject-words';
import type { Token } from '../text/tokenize';
import { cueForm } from '../cues/find-cues';
import { ORG_KIND_SYNONYMS } from '../lexicon/org-kinds';
import { ARTICLES } from '../lexicon/function-words';
import { FIGURE_NOUNS } from '../lexicon/figure-nouns';
import { tokenAt } from '../text/token-window';
import { isPossessive } from '../text/possessive';
import { aliasCue } from './alias-cue';
import { isDemonym } from '../speakers/is-demonym';

/** Longest run of modifiers between "a" and the organisation noun ("a Texas-based oil and gas company"). */
const MAX_MODIFIERS = 5;
/** Words that may follow an apposition's head noun; any other lowercase word means the noun modified it. */
const AFTER_HEAD = new Set([
  'of',
  'that',
  'which',
  'whose',
  'in',
  'with',
  'based',
  'founded',
  'owned',
  'and',
]);

/** Do the tokens around the name at [i, j] say it is a company? */
export function companyCue(toks: readonly Token[], i: number, j: number): boolean {
  const first = toks[i];
  if (!first) return false;
  // ("The company that operates the dam, Vale, said": the description says so, whatever the name)
  if (describedBefore(toks, i)) return true;
  // ("the British-Chinese company Sierra Madre Lithium": a kind before a name of two words or more, whatever
  // its first word)
  if (j > i && kindBefore(toks, i)) return true;
  if (FIRST_NAMES.has(first.lower)) return false;
  // ("Ruud van Nistelrooy will take charge, the club said": a name going on after its particle is a person's)
  if (NAME_PARTICLES.has(toks[j + 1]?.lower ?? '') && toks[j + 2]?.cap) return false;
  // (the token before, none at a sentence's start: V8 answers toks[-1] slowly, and names often open one)
  const prev = i > 0 ? toks[i - 1] : undefined;
  if (/-based$/i.test(prev?.text ?? '') || (i > 1 && sharesAt(toks, i - 2)) || collectiveSubject(toks, i, j))
    return true;
  if (describedAsSpeaker(toks, i, j) || kindBefore(toks, i) || saysIts(toks, j) || aliasCue(toks, i, j))
    return true;
  // ("Stellantis, which owns Jeep, said": a "which" after a name no lexicon knows; a person's is "who")
  if (toks[j + 1]?.text === ',' && toks[j + 2]?.lower === 'which' && !prev?.word) return true;
  // ("Shopify, an e-commerce company", "Alphabet, the parent company of Google")
  if (toks[j + 1]?.text !== ',' || !ARTICLES.has(toks[j + 2]?.lower ?? '')) return false;
  for (let k = j + 3; k < toks.length && k <= j + 3 + MAX_MODIFIERS; k++) {
    const t = toks[k];
    // the head comes before any preposition: "an oceanographer at the University of …" is a person
    if (!t || !t.word || PREPOSITIONS.has(t.lower)) return false;
    if (ORG_ROLE_NOUNS.has(t.lower)) {
      const next = toks[k + 1];
      return !next || !next.word || !/^\p{Ll}/u.test(next.text) || AFTER_HEAD.has(next.lower);
    }
  }
  return false;
}

/** "Shopify has cut 10% of its staff, the company said": a name opening its clause, before its verb, in a
 * sentence that "the company" (or another kind of company) then speaks. */
function describedAsSpeaker(toks: readonly Token[], i: number, j: number): boolean {
  // (past the sentence's opening "The": "The Maple Leafs fired …, the team said")
  const opening = i === 1 && tokenAt(toks, 0).text === 'The';
  if ((i > 0 && toks[i - 1]?.word && !opening) || !/^\p{Ll}/u.test(toks[j + 1]?.text ?? '')) return false;
  // ("Revenue grew …, the company said"; "Operating profit fell …", "Quarterly sales rose …": a word
  // formed like an adjective before a lowercase figure)
  // ("Adjusted net income fell", "Net income rose": the figure a word or two on)
  // ("Net" too: the ending may follow the capital)
  const adjective = /\p{L}(?:ing|ed|al|ly|et)$/u.test(tokenAt(toks, i).text);
  const figureNext = [toks[j + 1], toks[j + 2]].some((t) => FIGURE_NOUNS.has(t?.lower ?? ''));
  const figure = FIGURE_NOUNS.has(tokenAt(toks, i).lower) || (adjective && figureNext);
  // ("Tickets for the event went on sale …, the company said": a common plural and its preposition)
  const plural = /\p{Ll}[^su]s$/u.test(tokenAt(toks, i).text) && PREPOSITIONS.has(toks[j + 1]?.text ?? '');
  if (i === j && (figure || plural)) return false;
  const from = kindSpeaks(toks);
  return from >= 0 && from > j + 1;
}

/** Where ", the company said" (any company kind and cue) starts in the sentence, or -1; read once per
 * sentence, as every name in it asks. */
const KIND_SPEAKS = new WeakMap<readonly Token[], number>();
function kindSpeaks(toks: readonly Token[]): number {
  const known = KIND_SPEAKS.get(toks);
  if (known !== undefined) return known;
  let found = -1;
  for (let k = toks.length - 4; k >= 0 && found < 0; k--) {
    if (toks[k]?.text !== ',' || toks[k + 1]?.lower !== 'the') continue;
    // (past a few words describing the kind: "the Premier League side announced")
    for (let m = k + 2; m <= k + 2 + MAX_KIND_MODIFIERS && toks[m]?.word; m++)
      if (Object.hasOwn(ORG_KIND_SYNONYMS, tokenAt(toks, m).lower) && cueForm(toks[m + 1]?.lower ?? ''))
        found = k;
  }
  KIND_SPEAKS.set(toks, found);
  return found;
}

/** Longest description set off before a name ("The company that operates the dam, Vale,"), in tokens. */
const MAX_DESCRIPTION_BEFORE = 12;

/** "The company that operates the dam, Vale, said": a description opening the sentence on "the" (or a
 * possessive) and an organisation's kind, set off by the comma right before the name. */
function describedBefore(toks: readonly Token[], i: number): boolean {
  if (i < 3 || toks[i - 1]?.text !== ',') return false;
  const from = Math.max(0, i - 1 - MAX_DESCRIPTION_BEFORE);
  let k = i - 2;
  while (k > from && tokenAt(toks, k - 1).text !== ',') k--;
  if (k > 0 && tokenAt(toks, k - 1).text !== ',') return false; // (the sentence's start, or an aside's comma)
  // (or someone's: "Finland's transport and communications agency, Traficom, said")
  if (!ARTICLES.has(tokenAt(toks, k).lower) && !isPossessive(tokenAt(toks, k).text)) return false;
  for (let m = k + 1; m <= k + 1 + MAX_MODIFIERS && m < i - 1; m++) {
    const t = tokenAt(toks, m);
    if (!t.word || t.cap) return false;
    if (ORG_ROLE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Quotation marks a sentence may open on before its subject. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘']);

/** "Arsenal have signed …", "Leeds are top": a name in the singular opening its sentence with a plural verb, as
 * British news writes of a club or a company, is one (no person takes "have"; "Smith and Jones have" is two). */
function collectiveSubject(toks: readonly Token[], i: number, j: number): boolean {
  const verb = toks[j + 1];
  const next = toks[j + 2];
  return (
    (i === 0 || OPENING_QUOTES.has(tokenAt(toks, i - 1).text)) &&
    !/s$/.test(tokenAt(toks, j).lower) &&
    verb !== undefined &&
    PLURAL_AUXILIARIES.has(verb.text) &&
    next !== undefined &&
    next.word &&
    !next.cap
  );
}

/** "Shares of Nvidia", "shares in Rio Tinto": a company's shares and their "of" or "in" at token k. */
export const sharesAt = (toks: readonly Token[], k: number): boolean =>
  SHARE_NOUNS.has(toks[k]?.lower ?? '') && (toks[k + 1]?.lower === 'of' || toks[k + 1]?.lower === 'in');

/** Most modifiers between the article and the organisation's kind ("the delivery startup Zipply"). */
const MAX_KIND_MODIFIERS = 2;

/** The apostrophe of a lowercase plural possessive at k ("songwriters'"). */
const pluralMark = (toks: readonly Token[], k: number): boolean => {
  const mark = toks[k];
  const owner = toks[k - 1];
  return (
    (mark?.text === "'" || mark?.text === '’') && owner?.end === mark.start && /\p{Ll}s$/u.test(owner.text)
  );
};

/** "the delivery startup Zipply", "the chipmaker Nvidia": a lowercase kind of organisation right before the
 * name, with its article; or with none, after a preposition or opening the sentence ("spotted by blockchain
 * analytics firm Chainward", "Health insurer Halcyon Mutual is facing"). */
function kindBefore(toks: readonly Token[], i: number): boolean {
  const kind = i > 0 ? toks[i - 1] : undefined;
  if (!kind?.word || (kind.cap && i > 1) || !ORG_ROLE_NOUNS.has(kind.lower)) return false;
  for (let k = i - 2; k >= Math.max(-1, i - 2 - MAX_KIND_MODIFIERS); k--) {
    const t = toks[k];
    // (an article capitalised too: "The security firm Nisos said")
    if (k < 0 || ARTICLES.has(t?.lower ?? '')) return true;
    if (pluralMark(toks, k)) continue; // ("the songwriters' association Liedermacherverband")
    // (a nation's word may describe it too: "the Mexican conglomerate", "the British-Chinese company")
    const nation = t?.cap === true && t.lower.split('-').every(isDemonym);
    if (!t?.word || (t.cap && k > 0 && !nation)) return false;
    if (PREPOSITIONS.has(t.lower)) return true;
  }
  return false;
}

/** Most words between the cue and "that its" ("said in a statement on Monday that its …"). */
const MAX_CUE_TAIL = 5;

/** "Norfolk Southern said its crews …", "… said in a statement that its …": the name's own report opens on
 * "its" (not "it", which may be nobody's: "Gore said it was premature"). */
function saysIts(toks: readonly Token[], j: number): boolean {
  if (!cueForm(toks[j + 1]?.lower ?? '')) return false;
  if (toks[j + 2]?.lower === 'its') return true;
  for (let k = j + 2; k <= j + 2 + MAX_CUE_TAIL; k++) {
    const t = toks[k];
    if (!t?.word) return false;
    if (t.lower === 'that') return toks[k + 1]?.lower === 'its';
  }
  return false;
}
