// Organisations named in the text, not only as speakers ("the Nova Scotia Health Authority", "the
// Liberals"), so "it said", "they say" and "the agency said" can reach them. A capitalised run is an
// organisation when classify-speaker.ts says so; "the" + one capitalised plural is a group ("the
// Conservatives").
import { COMPANY_SUFFIXES } from '../lexicon/company-heads';
import { ORG_HEADS } from '../lexicon/org-heads';
import { AMBIGUOUS_OUTLETS } from '../lexicon/outlets';
import { NUMBER_WORDS } from '../lexicon/function-words';
import { NAME_OPENING_ABBREVIATIONS } from '../lexicon/abbreviations';
import { ORG_NAME_JOINS } from '../lexicon/organizations';
import type { Sentence } from '../sentences/split-sentences';
import { isAbbrevDot, isNameWord, pluralPossessiveMark } from '../speakers/name-words';
import { classifyPhrase } from '../speakers/classify-speaker';
import { isKnownOrgName, isOrganizationName } from '../speakers/organization-name';
import { isPlaceCompound } from '../speakers/place-compound';
import { namesSomeone } from '../speakers/names-someone';
import type { Span } from '../types';
import { isPossessive, withoutPossessive } from '../text/possessive';
import { tokenAt } from '../text/token-window';
import { datelineEnd } from '../statements/clause-start';
import { OFFICE_OF } from '../speakers/portfolio-list';
import { isPortfolioWord } from '../speakers/office-holder-at';
import type { Token } from '../text/tokenize';
import { companyCue, OPENING_QUOTES, sharesAt } from './company-cue';
import { orgsInLists } from './list-organizations';
import { kindAfter, orgMention } from './org-mention';
import { personsOrg } from './org-before-title';
import { isDatelineRun } from './name-run-checks';
import { nameText } from './name-span'; // as written: "PG&E", not "PG & E"

export interface OrgMention extends Span {
  readonly name: string;
  readonly plural: boolean;
  /** Found by what the text says around the name (company-cue.ts), not by the name itself. */
  readonly cued?: boolean;
  /** People a plural source noun names (group-subjects.ts), not an organisation. */
  readonly group?: boolean;
}

const headIn = (words: readonly string[]): boolean => words.some((w) => ORG_HEADS.has(w.toLowerCase()));

/** "“People with lung disease …”": an outlet named by a common word is that word opening a sentence. */
const outletWordOpening = (toks: readonly Token[], i: number, name: string): boolean =>
  AMBIGUOUS_OUTLETS.has(name) && (i === 0 || OPENING_QUOTES.has(tokenAt(toks, i - 1).text));

/** A dateline's dash within a few tokens after token j ("KYIV, Ukraine —"). */
const dashSoon = (toks: readonly Token[], j: number): boolean =>
  toks.slice(j + 1, j + 6).some((t) => t.text === '—' || t.text === '–');

/** Longest organisation name read, in tokens ("Immigration, Refugees and Citizenship Canada" is 6). */
const MAX_ORG_TOKENS = 8;

/** Dotted initials, as a token before their last dot ("T.H"). */
const INNER_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Token k is an organisation's head in a name ("Association"). */
const headAt = (toks: readonly Token[], k: number): boolean => {
  const t = toks[k];
  return t !== undefined && t.cap && ORG_HEADS.has(t.lower);
};

/** Tokens to add to a name after token k: one more name word, or a joiner and a name word ("Bank of
 * Canada", "Teachers' Association"), or a name's opening abbreviation or initials and its dot ("St.
 * Boniface", "T.H. Chan"). */
export function growAt(toks: readonly Token[], k: number): number {
  const next = toks[k + 1];
  const after = toks[k + 2];
  if (next && isNameWord(next)) return 1;
  // (or initials inside the name: "Harvard T.H. Chan School of Public Health")
  const opening =
    NAME_OPENING_ABBREVIATIONS.has(tokenAt(toks, k).lower) || INNER_INITIALS.test(tokenAt(toks, k).text);
  if (opening && isAbbrevDot(toks, k + 1) && after && isNameWord(after)) return 2;
  // (or a plural's apostrophe before the name's head, maybe a word after it: "the Alberta Teachers'
  // Association", "the Performers' Rights Organisation", not "Sanders’ California supporters")
  const members = pluralPossessiveMark(toks, k + 1) && (headAt(toks, k + 2) || headAt(toks, k + 3));
  const joins = next && (ORG_NAME_JOINS.has(next.lower) || next.text === '&' || members);
  if (joins && after && isNameWord(after)) return 2;
  // ("the Spanish Agency for the Supervision of Artificial Intelligence": "the" after a head's "for" or "of")
  const the = headAt(toks, k) && OFFICE_OF.has(next?.lower ?? '') && after?.lower === 'the';
  return the && toks[k + 3] && isNameWord(tokenAt(toks, k + 3)) ? 3 : 0;
}

/** "Boeing Chief Executive Dave Calhoun will step down, the company said": a title and a name, a person. */
function titled(name: string): boolean {
  const c = classifyPhrase(name, 'proper');
  return c.type === 'person' && c.role !== null;
}

/** A run split at its first joiner: the organisation before it (if any) and where the joiner is, or null when
 * the run is one name. */
function splitAtJoiner(
  toks: readonly Token[],
  i: number,
  words: readonly string[],
): { first: OrgMention | null; join: number } | null {
  const join = words.findIndex((w, n) => n > 0 && ORG_NAME_JOINS.has(w));
  if (join <= 0) return null;
  const before = nameText(toks.slice(i, i + join));
  const mention = {
    start: tokenAt(toks, i).start,
    end: tokenAt(toks, i + join - 1).end,
    name: before,
    plural: false,
  };
  const head = headIn(words.slice(0, join));
  // (a portfolio before the "and" is no name of its own: "Finland's Security and Intelligence Service")
  if (words[join] === 'and' && isPortfolioWord(words[join - 1] ?? '') && headIn(words.slice(join + 1)))
    return null;
  // ("Sage Therapeutics and Biogen", "TikTok and Snap": two organisations, the first a name with its head
  // or one the lexicon knows; "House and Senate" stays a pair)
  // ("Thailand's Securities and Exchange Commission": a head alone after its owner names nothing)
  const owned = join - (isPossessive(words[0] ?? '') ? 1 : 0);
  const named = (owned > 1 && head && isOrganizationName(before)) || (isKnownOrgName(before) && !head);
  if (words[join] === 'and' && named) return { first: mention, join };
  // ("the Food and Drug Administration": an "and" inside one name, unless an organisation comes before it)
  const inside = words[join] === 'and' && !isOrganizationName(before);
  // "Railroading in the Canadian Winter on Canadian Pacific Railway's website": no organisation's head
  // before the joiner, an organisation after it
  if (inside || head || !isOrganizationName(words.slice(join + 1).join(' '))) return null;
  // ("Apple and Google declined": the name before the joiner may be an organisation of its own)
  const own = isOrganizationName(before) && namesSomeone(before, 'organization');
  return { first: own ? mention : null, join };
}

export function findOrganizations(sentences: readonly Sentence[]): OrgMention[] {
  const out: OrgMention[] = [];
  const known = new Map<string, boolean>(); // the same name, the same answer
  for (const s of sentences) {
    const toks = s.tokens;
    const first = out.length;
    for (let i = 0; i < toks.length; i++) {
      if (!isNameWord(tokenAt(toks, i))) continue;
      if (sharesAt(toks, i)) continue; // "Shares of Nvidia fell": the company is read from "Nvidia"
      if (isPlaceCompound(tokenAt(toks, i)) && toks[i + 1] && isNameWord(tokenAt(toks, i + 1))) i++; // "Sacramento-based McClatchy"
      let j = i;
      for (let step = growAt(toks, j); step > 0 && j - i < MAX_ORG_TOKENS; step = growAt(toks, j)) j += step;
      // ("ST IVES, England —", "TOKYO, April 1 (Reuters) -": a dateline, its date and agency, names no one;
      // one word only before its dash: "KYIV, Ukraine —", not "NATO, the alliance, said")
      const dateline = i === 0 ? datelineEnd(toks) : 0;
      if (dateline > j || (i === 0 && (j > i || dashSoon(toks, j)) && isDatelineRun(toks, i, j))) {
        i = Math.max(j, dateline - 1);
        continue;
      }
      const words = toks.slice(i, j + 1).map((t) => t.text);
      // "Apple Inc.": a company's legal suffix keeps its dot
      const dot = COMPANY_SUFFIXES.has(tokenAt(toks, j).lower) && isAbbrevDot(toks, j + 1) ? 1 : 0;
      const name = withoutPossessive(nameText(toks.slice(i, j + 1))) + (dot ? '.' : '');
      const person = personsOrg(toks, i, j, words, name);
      if (person) {
        if (person.org) out.push(person.org);
        i = person.next;
        continue;
      }
      const split = splitAtJoiner(toks, i, words);
      if (split) {
        if (split.first) out.push(split.first);
        i += split.join;
        continue;
      }
      if (j === i && outletWordOpening(toks, i, name)) continue;
      if (j === i && NUMBER_WORDS.has(tokenAt(toks, i).lower)) continue; // "Seven patients were sickened"
      const group =
        j === i && i > 0 && toks[i - 1]?.lower === 'the' && /\p{Ll}s$/u.test(tokenAt(toks, i).text);
      const isOrg = known.get(name) ?? remember(known, name);
      const company =
        !isOrg && !group && companyCue(toks, i, j) && namesSomeone(name, 'organization') && !titled(name);
      // ("The UNSA-Ferroviaire union, the second-largest at the company, has not joined": with its kind)
      const kinded = !isOrg && !company && kindAfter(toks, i, j);
      if (isOrg || company || kinded || (group && namesSomeone(name, 'organization')))
        out.push(orgMention(toks, i, j, name, { dot, group, company, kinded }));
      i = kinded ? j + 1 : j;
    }
    // (a list needs two organisations found in the sentence: most sentences have none)
    const listed = out.length - first >= 2 ? orgsInLists(toks, out.slice(first)) : [];
    if (listed.length > 0) out.splice(first, Infinity, ...[...out.slice(first), ...listed].sort(byStart));
  }
  return out;
}

const byStart = (a: OrgMention, b: OrgMention): number => a.start - b.start;

/** Whether `name` names an organisation, noted in `known` (the same name, the same answer). */
function remember(known: Map<string, boolean>, name: string): boolean {
  const isOrg = namesSomeone(name, 'organization') && isOrganizationName(name);
  known.set(name, isOrg);
  return isOrg;
}
