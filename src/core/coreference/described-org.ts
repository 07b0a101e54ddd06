// "The company said", "the utility said": a description whose head stands for an organisation names an
// organisation the article named before it (split from described-entity.ts, which reads the description).
import { hasHead } from './has-head';
import { ORG_HEAD_SYNONYMS, ORGANIZATION_ALIASES } from '../lexicon/organizations';
import { GENERIC_ORG_HEADS, NAMED_ORG_HEADS } from '../lexicon/org-kinds';
import { itemAt } from '../text/item-at';
import { FIRST_NAMES } from '../lexicon/first-names';
import type { EntityRecord } from './entity-table';
import { bareOrg, initials } from './org-keys';
import { apposedOtherKind, describedOfKind, namedOfKind, otherKind, plainlyOfKind } from './org-kind';
import { kindInSentence, sentenceOrg } from './sentence-org';
import { onlyOfKindBefore, onlyOneOfKind } from './org-just-before';
import { showsPerson } from './person-marks';
import { opensClauseAt } from './opens-clause-at';
import { citedData } from './cited-data';
import { subjectAt } from './subject-at';
import { isCentralBank } from './names-fit';
import type { SeenMention } from './pronoun-antecedent';

/** How far back (characters) a description looks for the entity it describes. */
export const DESCRIPTION_WINDOW = 4000;
/** How far back (characters) a description with no matching role takes the subject named there. */
export const SUBJECT_WINDOW = 400;

/** How far into the text a story's first sentence may start (after a headline and a dateline). */
const LEDE_CHARS = 300;

/** A capitalised speaker with no first name, gender or role ("TransitLink", "Refugee Action"): maybe an
 * organisation's name. */
export const untypedSpeaker = (e: EntityRecord): boolean =>
  e.type === 'person' &&
  e.gender === null &&
  e.roleWords.size === 0 &&
  e.role === null &&
  e.description === undefined &&
  !FIRST_NAMES.has(e.name.split(' ')[0]?.toLowerCase() ?? '');

/** "The company said": an organisation quoted before, or one whose name has that head ("the union" for
 * "the Teamsters Union"); one merely mentioned only as the subject of the sentence just before. */
export function describedOrg(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  head: string,
): EntityRecord | null {
  const heads = [head, ...(ORG_HEAD_SYNONYMS[head] ?? [])];
  const central = /^(?:the\s+)?central\s+bank/iu.test(text.slice(offset, offset + 20));
  // a name with that head outranks a nearer organisation merely quoted ("the union" after "Terry Chapman
  // with the International Union of Operating Engineers … According to EHS, …")
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (m.start >= offset) continue;
    if (offset - m.start > DESCRIPTION_WINDOW) break;
    // ("the central bank" for "the Fed": by the full name an abbreviation stands for)
    const called = (ORGANIZATION_ALIASES.get(bareOrg(m.entity.name)) ?? m.entity.name).toLowerCase();
    // (not another description: "state-financed network", the headline's "Teachers' union")
    // (but "the military" is "the Israeli military": a body named only with that word, by its nation)
    const proper =
      /^\p{Lu}/u.test(m.entity.name) &&
      (!/\s\p{Ll}+$/u.test(m.entity.name) || (NAMED_ORG_HEADS.has(head) && called.endsWith(` ${head}`)));
    // ("the central bank" after an economist at Vistula Bank: a central bank's name)
    const kind = !central || isCentralBank(m.entity.name);
    if (m.entity.type === 'organization' && proper && kind && hasHead(called, heads)) return m.entity;
  }
  if (NAMED_ORG_HEADS.has(head)) return null;
  const subject = (m: SeenMention): boolean =>
    m.entity.type === 'organization' &&
    !otherKind(m.entity.name, head) &&
    !apposedOtherKind(text, seen, m.entity, head) &&
    subjectAt(text, m.start, m.entity.name);
  const opening = openingJustBefore(text, seen, offset);
  const openingSubject = opening && subject(opening) ? opening : undefined;
  // (only when a subject of no kind would be the answer: the sentence is read for a name of the kind then)
  const ofKind = (e: EntityRecord): EntityRecord =>
    (!namedOfKind(e.name, head) && kindInSentence(text, seen, offset, head)) || e;
  const quoted = quotedBefore(text, seen, offset, head, openingSubject?.start ?? -1);
  if (quoted) return quoted;
  if (openingSubject) return ofKind(openingSubject.entity);
  const own = sentenceOrg(text, seen, offset, (e) => plainlyOfKind(e.name, head));
  if (own) return own;
  const ofItsKind = (e: EntityRecord): boolean =>
    plainlyOfKind(e.name, head) || describedOfKind(text, seen, e, head);
  const lastSentence = onlyOfKindBefore(text, seen, offset, SUBJECT_WINDOW, ofItsKind);
  if (lastSentence) return lastSentence;
  const lede = ledeSubject(text, seen, offset, head, subject);
  if (lede) return ofKind(lede);
  return onlyOneOfKind(
    seen,
    offset,
    DESCRIPTION_WINDOW,
    (e) => namedOfKind(e.name, head) || describedOfKind(text, seen, e, head),
    (e) => otherKind(e.name, head) || apposedOtherKind(text, seen, e, head),
  );
}

/** "SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to … The utility said": the story's own subject,
 * opening its first sentence, when no other organisation is named since (it would be nearer). */
function ledeSubject(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  head: string,
  subject: (m: SeenMention) => boolean,
): EntityRecord | null {
  const lede = seen.find(
    (m) => m.start < LEDE_CHARS && m.start < offset && opensClauseAt(text, m.start) && subject(m),
  );
  // (one named since, after the lede's own sentence: "… as it struggles to catch up with rival SK Hynix" is
  // no other the story is about)
  const ledeEnd = lede ? sentenceEndAfter(text, lede.start) : -1;
  const other = (m: SeenMention): boolean =>
    !!lede &&
    m.start > ledeEnd &&
    m.start < offset &&
    m.entity !== lede.entity &&
    m.entity.type === 'organization' &&
    !otherKind(m.entity.name, head) && // (a drugmaker named since is not "the agency")
    // (but a group only named, "an energy campaigner at Friends of the Lakes", is no other company; any
    // organisation is another "organisation")
    (GENERIC_ORG_HEADS.has(head) ||
      m.entity.statements > 0 ||
      plainlyOfKind(m.entity.name, head) ||
      subjectAt(text, m.start, m.entity.name)) &&
    !partOf(m.entity.name, lede.entity.name);
  return lede && !seen.some(other) ? lede.entity : null;
}

/** Where the sentence going on at `from` ends (the text's end when it does not). */
function sentenceEndAfter(text: string, from: number): number {
  const end = /[.!?]["”’]?(?:\s|$)/g;
  end.lastIndex = from;
  return end.exec(text)?.index ?? text.length;
}

/** "FDA's Division of Psychiatry" is part of the Food and Drug Administration: its name opens on the
 * other's name or initials and a possessive. */
function partOf(name: string, whole: string): boolean {
  const owner = /^(.+?)[’']s\s/u.exec(name)?.[1]?.toLowerCase();
  return owner !== undefined && (owner === bareOrg(whole) || owner === initials(whole));
}

/** The latest organisation quoted before `offset` and after `after` (a subject that opened a sentence since
 * is nearer: "Alphabet jumped …. The company reported" after Chevron spoke). */
function quotedBefore(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  head: string,
  after: number,
): EntityRecord | null {
  // (the organisations named after the mention read, newest first: the loop's own record of them)
  const orgsSince = new Set<EntityRecord>();
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (m.start >= offset) continue;
    if (offset - m.start > DESCRIPTION_WINDOW || m.start < after) break;
    // ("The group said" a page after the studio last spoke: "group" fits any organisation, so only a near
    // one, or one no other organisation was named after)
    const onlyOne = orgsSince.size === 0 || (orgsSince.size === 1 && orgsSince.has(m.entity));
    const near = !GENERIC_ORG_HEADS.has(head) || offset - m.start <= SUBJECT_WINDOW || onlyOne;
    if (
      m.entity.type === 'organization' &&
      m.entity.statements > 0 &&
      near &&
      !otherKind(m.entity.name, head) &&
      !apposedOtherKind(text, seen, m.entity, head) &&
      !citedData(text, m.start)
    )
      return m.entity;
    // A speaker with no first name or gender ("TransitLink said …") the text then calls "the agency" was an
    // organisation all along; a name of more words only just before, and when nothing shows a person.
    const lone =
      !m.entity.name.includes(' ') ||
      (offset - m.start <= SUBJECT_WINDOW && !showsPerson(text, seen, m.entity));
    if (untypedSpeaker(m.entity) && lone && m.entity.statements > 0) {
      m.entity.type = 'organization';
      return m.entity;
    }
    if (m.entity.type === 'organization') orgsSince.add(m.entity);
  }
  return null;
}

/** "PG&E began cutting power …. The utility said": the mention that opened a sentence just before, also after
 * the noun that heads it ("Shares of Shopify Inc. rose … after the company reported"). */
const openingJustBefore = (
  text: string,
  seen: readonly SeenMention[],
  offset: number,
): SeenMention | undefined =>
  seen.findLast(
    (m) => m.start < offset && offset - m.start <= SUBJECT_WINDOW && opensClauseAt(text, m.start),
  );
