// The people (and agencies) a contributor line credits: "Reporting by Jane Roe; Additional reporting by
// Ann Poe in Paris; Editing by Tim Loe", "With files from The Canadian Press", "Jane Roe and Ann Poe
// contributed reporting", "Roe reported from Paris; Poe, from Rome". Such lines are credits, not speech.
import { CONTRIBUTOR_ROLES } from '../lexicon/contributor-roles';
import { NAME_PARTICLES } from '../lexicon/first-names';
import { JOURNALIST_ROLES } from '../lexicon/journalist-roles';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { outletPrefix } from '../outlets/find-outlet';
import { alternation } from '../text/alternation';
import type { CreditType } from '../types';

export interface Contributor {
  readonly name: string;
  readonly type: CreditType;
  /** The crediting phrase as written ("Additional reporting by Ann Poe"). */
  readonly evidence: string;
  /** Offset of the crediting clause in the line. */
  readonly at: number;
}

const ROLE_PHRASES = alternation(CONTRIBUTOR_ROLES.keys());
/** A role phrase where a clause can start: line start, after "(", "—", ";", "," or a full stop. */
const BY_ROLE = new RegExp(`(?<=^|[(\\[;,.—–-]\\s*)(?:${ROLE_PHRASES})\\s+`, 'giu');
/** Bounded words keep every name match short, whatever the input ("A-A-A-…"). */
const CAP_WORD = String.raw`\p{Lu}[\p{L}.’'-]{0,30}`;
/** Lower-case words inside a credited name: particles ("Ann de Poe"), and a role after an outlet
 * ("Associated Press writer Ann Poe"). */
const INNER_WORDS = alternation([...NAME_PARTICLES, ...JOURNALIST_ROLES]);
const NAME = String.raw`${CAP_WORD}(?:\s+(?:(?:${INNER_WORDS})\s+)?${CAP_WORD}){0,4}`;
const NAMES = String.raw`${NAME}(?:(?:,\s+|,?\s+and\s+)${NAME})*`;
/** The verbs of "Jane Roe and Ann Poe contributed reporting", "Roe reported from Paris". */
const SUBJECT_VERB =
  /\s(contributed\s+(?:reporting|to\s+this\s+(?:report|story|article))|contributed(?=\.?\)?\s*$|\.\s)|reported\s+from)\b/gu;
/** How far before its verb a list of names may start, and after it a "…; Poe, from Rome" clause may
 * end: the verb is found first and only this window is matched, so the work stays linear. */
const WINDOW = 160;
/** The names right before the verb, opening a sentence or an aside. */
const NAMES_AT_END = new RegExp(String.raw`(?:^|[(\[—–]\s*|[.;]\s+)(${NAMES})$`, 'u');
/** "…; Poe, from Rome" after "reported from": one more reporter per clause. */
const FROM_CLAUSE = new RegExp(String.raw`(?:;|,\s+and)\s+(${NAMES}),?\s+from\b`, 'gu');
/** Longer list items are prose, not a name. */
const MAX_ITEM_CHARS = 100;
/** Where a name list's place or aside begins ("Ann Poe in Paris", "Tim Loe at …"). */
const PLACE = /\s+(?:in|at|from|for)\s+.*$/su;
/** Words between an outlet and a person ("Associated Press writer Ann Poe", "NPR's Ann Poe"). */
const STAFF_WORDS = new RegExp(`^(?:[’']s\\s+)?(?:(?:${alternation(JOURNALIST_ROLES)})\\s+)?`, 'iu');

const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');

/** Not a place in capitals ("JAKARTA") nor a pronoun or sentence word ("He’s reported from …"). */
function isPersonName(name: string): boolean {
  if (name === name.toUpperCase()) return false;
  return !name.split(/\s+/).some((w) => NON_NAME_CAPS.has(w.toLowerCase().replace(/[’'].*$/, '')));
}

/** One name-list item → its credits: an outlet, and the person after it ("NPR's Ann Poe"), or a person.
 */
function creditsFor(
  item: string,
  type: CreditType,
  evidence: (name: string) => string,
  at: number,
): Contributor[] {
  if (item.length > MAX_ITEM_CHARS) return [];
  const name = item
    .replace(PLACE, '')
    .replace(/[\s.,;:)\]]+$/u, '')
    .trim();
  if (!WHOLE_NAME.test(name)) return [];
  const outlet = outletPrefix(name);
  if (!outlet) return isPersonName(name) ? [{ name, type, evidence: evidence(name), at }] : [];
  const out: Contributor[] = [
    { name: outlet, type: OUTLETS_BY_NAME.get(outlet) ?? 'outlet', evidence: evidence(name), at },
  ];
  const person = name
    .slice(name.indexOf(outlet) + outlet.length)
    .trim()
    .replace(STAFF_WORDS, '');
  if (WHOLE_NAME.test(person) && person.includes(' ') && isPersonName(person))
    out.push({ name: person, type, evidence: evidence(name), at });
  return out;
}

/** Names in "Ann Poe, Tim Loe and Al Moe in Paris, Bo Roe in Rome": a one-word item after a place is
 * the place's state or country ("in Orlando, Florida"), not a person. */
function splitNames(list: string): string[] {
  const out: string[] = [];
  let afterPlace = false;
  for (const raw of list.split(/\s*(?:,|;|\band\b|&)\s*/u)) {
    const item = raw.trim();
    if (!item) continue;
    if (!(afterPlace && !item.includes(' '))) out.push(item);
    afterPlace = PLACE.test(item) || (afterPlace && !item.includes(' '));
  }
  return out;
}

/** "Jane Roe and Ann Poe contributed reporting" and "Roe reported from Paris; Poe, from Rome": the
 * names before the verb at `at` (and, after "reported from", in the clauses that follow). */
function subjectCredits(line: string, at: number, verb: string): Contributor[] {
  const from = Math.max(0, at - WINDOW);
  // A window cut mid-line starts with a mark no name can follow, so "^" there is not a line start.
  const m = NAMES_AT_END.exec((from > 0 ? '~' : '') + line.slice(from, at));
  if (!m) return [];
  const start = from + m.index + m[0].length - (m[1] ?? '').length - (from > 0 ? 1 : 0);
  const said = verb.replace(/\s+/g, ' ');
  const out = splitNames(m[1] ?? '').flatMap((item) =>
    creditsFor(item, 'reporter', (n) => `${n} ${said}`, start),
  );
  if (!said.startsWith('reported')) return out;
  for (const f of line.slice(at, at + WINDOW).matchAll(FROM_CLAUSE))
    for (const item of splitNames(f[1] ?? ''))
      out.push(...creditsFor(item, 'reporter', (n) => `${n} reported from`, start));
  return out;
}

/** Every contributor line holds one of these: a cheap test before the full scan of each paragraph. */
const MAYBE = /\b(?:by|from)\s|contributed|reported/i;
/** A line opening with a contributor clause, after a bracket or dash: "(Reporting by", "— With files". */
const ROLE_AT_START = new RegExp(`^[\\s(\\[—–-]*(?:${ROLE_PHRASES})\\s`, 'iu');
const SUBJECT_AT_START = new RegExp(
  String.raw`^[\s(\[—–-]*(?:${NAMES})\s+(?:contributed|reported\s+from)\b`,
  'u',
);

/** Whether a line opens with a contributor credit ("Reporting by …", "Ann Poe contributed reporting."):
 * such a line is a credit, not article text. */
export function opensWithContributor(line: string): boolean {
  const subject = /contributed|reported\s+from/.test(line) && SUBJECT_AT_START.test(line);
  return (subject || ROLE_AT_START.test(line)) && contributorsIn(line).length > 0;
}

export function contributorsIn(line: string): Contributor[] {
  const out: Contributor[] = [];
  if (!MAYBE.test(line)) return out;
  const roles: RegExpExecArray[] = [];
  // After a comma a role phrase continues a credit line ("…, editing by Tim Loe") but cannot start
  // one: "The figures, compiled by Statistics Canada, show …" credits no one.
  for (const m of line.matchAll(BY_ROLE))
    if (roles.length > 0 || !/,\s*$/.test(line.slice(Math.max(0, m.index - 3), m.index))) roles.push(m);
  roles.forEach((m, i) => {
    const phrase = m[0].trim();
    const type = CONTRIBUTOR_ROLES.get(phrase.toLowerCase().replace(/\s+/g, ' '));
    if (!type) return; // the pattern is built from these roles: never taken
    const end = roles[i + 1]?.index ?? line.length;
    const list = line.slice(m.index + m[0].length, end).replace(/[)\]].*$|\.\s*$/su, ''); // to the parenthesis' end
    for (const item of splitNames(list))
      out.push(...creditsFor(item, type, (n) => `${phrase} ${n}`, m.index));
  });
  for (const v of line.matchAll(SUBJECT_VERB)) out.push(...subjectCredits(line, v.index, v[1] ?? ''));
  return out.sort((a, b) => a.at - b.at);
}
