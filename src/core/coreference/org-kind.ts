// Whether an organisation's name is of the kind a description names: "the company" is not the Bank of Japan,
// "the utility" not Napa County (otherKind), and "Halden Labs" is plainly a company (plainlyOfKind).
import { ORG_HEADS } from '../lexicon/org-heads';
import { ORG_HEAD_SYNONYMS, ORGANIZATION_ALIASES } from '../lexicon/organizations';
import {
  GENERIC_ORG_HEADS,
  GOVERNMENT_HEADS,
  GOVERNMENT_SEATS,
  ORG_KIND_SYNONYMS,
  PORTFOLIO_HEADS,
  TEAM_HEADS,
} from '../lexicon/org-kinds';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import { PLACES } from '../lexicon/places';
import { PORTFOLIO_WORDS } from '../lexicon/portfolios';
import { isKnownOrgName } from '../speakers/organization-name';
import { withoutTail } from './without-tail';
import { OFFICE_OF } from '../speakers/portfolio-list';
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';

/** A name whose own head is another kind than the description's: "the company" is not the Bank of Japan
 * or the Senate that spoke before, "the utility" not Napa County. */
export function otherKind(name: string, head: string): boolean {
  // ("the company" is not the FDA: by the full name its initials stand for)
  const lower = name.toLowerCase();
  const called = fullName(name)?.toLowerCase() ?? lower;
  // ("Downing Street declined to comment. … the club has rejected a bid": a government is no club)
  // (a club is named after its place: "Liverpool have signed …, the club said")
  if (GOVERNMENT_SEATS.has(called) || PLACES.has(called))
    return !GOVERNMENT_HEADS.has(head) && !(ORG_KIND_SYNONYMS[head] === TEAM_HEADS && PLACES.has(called));
  if (GENERIC_ORG_HEADS.has(head)) return false;
  const fits = kindWords(head);
  // (what comes after its "of" or "for" is what the body is for: "Authority for Consumers and Markets")
  const all = called.split(/\s+/);
  const remit = all.findIndex((w, k) => k > 0 && OFFICE_OF.has(w));
  const words = remit > 0 ? all.slice(0, remit) : all;
  // ("Halvern Dairy Ltd.", "Royal Bank of Scotland Group" for "the company": the name's last word says
  // what it is, whatever comes before)
  if (fits.includes(all.at(-1) ?? '')) return false;
  // ("the economics ministry" is no union or company: a ministry or department is named as one, for what it
  // does, "NSW Health", or after its country, "Health Canada")
  if (PORTFOLIO_HEADS.has(head))
    return !words.some((w) => fits.includes(w)) && !PLACES.has(words.at(-1) ?? '') && !placePortfolio(name);
  return words.some((w) => ORG_HEADS.has(w) && !fits.includes(w));
}

/** "NSW Health", "Queensland Health": a place (or its initials) and what the department does. */
function placePortfolio(name: string): boolean {
  const words = name.split(/\s+/);
  const place = words.slice(0, -1).join(' ');
  return (
    words.length > 1 &&
    PORTFOLIO_WORDS.has(words.at(-1)?.toLowerCase() ?? '') &&
    (PLACES.has(place.toLowerCase()) || /^\p{Lu}{2,4}$/u.test(place))
  );
}

/** The full name an abbreviation stands for, also after a place ("United States FDA"). */
function fullName(name: string): string | undefined {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  const acronym = last !== name && /^\p{Lu}{2,}$/u.test(last);
  return (
    ORGANIZATION_ALIASES.get(name.toLowerCase()) ??
    (acronym ? ORGANIZATION_ALIASES.get(last.toLowerCase()) : undefined)
  );
}

/** The heads of names a description's head stands for ("company": "Co.", "Therapeutics", …). */
const kindWords = (head: string): string[] => [
  head,
  ...(ORG_HEAD_SYNONYMS[head] ?? []),
  ...(ORG_KIND_SYNONYMS[head] ?? []),
];

/** A name whose own last word is of the description's kind ("Federal Trade Commission" for "the agency"). */
export function namedOfKind(name: string, head: string): boolean {
  const called = fullName(name) ?? name; // ("FTC": by its full name)
  return !otherKind(name, head) && kindWords(head).includes(called.toLowerCase().split(/\s+/).at(-1) ?? '');
}

/** A name that is plainly of the description's kind: by its own head ("Halden Labs" for "the company"), or
 * an organisation the lexicon knows that is of no other kind and no news outlet ("Eli Lilly", not Reuters
 * in the dateline). */
export const plainlyOfKind = (name: string, head: string): boolean =>
  /^\p{Lu}/u.test(name) &&
  (namedOfKind(name, head) || (!otherKind(name, head) && isKnownOrgName(name) && !OUTLETS_BY_NAME.has(name)));

/** A name, then its apposition ("Migraine Australia, a patient organisation,"). */
const APPOSITION =
  /^(?:\p{Lu}[\p{L}\p{N}’'&.-]*\s+){0,6}?\p{Lu}[\p{L}\p{N}’'&.-]*,\s+(?:an?|the)\s+([^,.;:\n]{1,80})[,.;]/u;

/** A head that says which kind an organisation is ("charity", "agency", "organisation"), unlike "operator". */
const kinded = (w: string): boolean =>
  GENERIC_ORG_HEADS.has(w) || Object.entries(ORG_KIND_SYNONYMS).some(([k, l]) => k === w || l.includes(w));

/** A test any one of an organisation's own mentions may pass, as a test of the organisation. */
const onSomeMention =
  (test: (text: string, m: SeenMention, head: string) => boolean) =>
  (text: string, seen: readonly SeenMention[], e: EntityRecord, head: string): boolean =>
    seen.some((m) => m.entity === e && test(text, m, head));

/** An apposition to one of the organisation's mentions calls it another kind ("Migraine Australia, a patient
 * organisation, said": no company, whatever "the company" said later; "SNCF, the state-owned rail operator,"
 * may be one). */
export const apposedOtherKind = onSomeMention((text, m, head) => {
  const apposed = APPOSITION.exec(text.slice(m.start, m.start + 200))?.[1];
  if (apposed === undefined) return false;
  const own = withoutTail(apposed).toLowerCase();
  const ownHead = own.split(/\s+/).at(-1) ?? '';
  return kinded(ownHead) && !kindWords(ownHead).includes(head) && otherKind(own, head);
});

/** The lowercase word right before a mention ("… the British-Chinese company |Sierra Madre Lithium"). */
const WORD_BEFORE = /(\p{Ll}+)\s+$/u;
/** How far before a mention its describing word is read (characters). */
const KIND_BEFORE_CHARS = 30;

/** "the British-Chinese company Sierra Madre Lithium", "Mexican conglomerate Grupo Minero": one of the
 * organisation's mentions follows a word for the description's kind (or one of the same kind of body). */
export const describedOfKind = onSomeMention((text, m, head) => {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - KIND_BEFORE_CHARS), m.start))?.[1];
  return before !== undefined && sameKind(before, head);
});

/** Two words for the same kind of body ("conglomerate" and "company"). */
const sameKind = (word: string, head: string): boolean =>
  word === head ||
  (Object.hasOwn(ORG_KIND_SYNONYMS, word) && ORG_KIND_SYNONYMS[word] === ORG_KIND_SYNONYMS[head]);
