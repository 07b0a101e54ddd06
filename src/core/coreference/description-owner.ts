// "Sen. Bernie Sanders remains committed …, his top aide, Tad Devine, told …": a description opening on "his"
// or "her" is someone's, and the card says whose ("Bernie Sanders's top aide"), since it shows the role
// apart from the sentence that said who "his" was.
import { countedOf } from './another-source';
import type { EntityRecord } from './entity-table';
import { SUBJECT_WINDOW, untypedSpeaker } from './described-org';
import { otherKind } from './org-kind';
import { hasHead } from './has-head';
import { OUTLETS_BY_NAME } from '../lexicon/outlets';
import { itemAt } from '../text/item-at';
import { isOrgHead } from '../speakers/head-linked';
import { openingDescription, sentenceBeforeIts } from './opening-description';
import type { SeenMention } from './pronoun-antecedent';
import { subjectOfSentence } from './subject-of-sentence';
import type { Classified } from '../speakers/classify-speaker';
import type { Span } from '../types';
import { orgPossessive } from '../text/possessive';

/** How far back (characters) the owner of "his" or "her" in a description is looked for. */
const OWNER_WINDOW = 600;

/** Who "his", "her" or "its" opening a description can be: a man, a woman, an organisation; else null. */
const ownerKind = (description: string): 'm' | 'f' | 'org' | null => {
  const first = description.slice(0, description.indexOf(' '));
  return first === 'his' ? 'm' : first === 'her' ? 'f' : first === 'its' ? 'org' : null;
};

/** The person "his"/"her" opening `description` stands for: the nearest person named before `at` (not
 * the one described) whose gender fits; none when someone of unknown gender is nearer (unknown beats wrong).
 * For "its", the nearest organisation. */
export function descriptionOwner(
  description: string,
  seen: readonly SeenMention[],
  described: EntityRecord | null,
  at: number,
  text?: string,
): EntityRecord | null {
  const kind = ownerKind(description);
  if (!kind) return describedOwner(description, seen, at);
  // (not a name inside the description itself: "its president and CEO, Ross Porter")
  if (kind === 'org') return ownerOrganization(seen, at, description, text);
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = seen[i];
    if (!m || m.start >= at) continue;
    if (at - m.start > OWNER_WINDOW) break;
    const e = m.entity;
    if (m.quoted || e === described || e.plural || e.type !== 'person') continue;
    if (e.gender === null) return null;
    // (the one the sentence is about, when they fit too: "Dawes answered Judge Feeney. His attorney")
    if (e.gender === kind) return subjectOfSentence(seen, i, kind)?.entity ?? e;
  }
  return null;
}

/** "The Institute for Fiscal Studies warned that … the Treasury hoped. Its director, …": the organisation that
 * spoke last before `at` (a sentence's subject), else the nearest one named. */
function ownerOrganization(
  seen: readonly SeenMention[],
  at: number,
  description: string,
  text?: string,
): EntityRecord | null {
  // ("The fund had been on course to run out of money. Its executive director": the fund's, which no name
  // resolved; not the agency named before it. But "The union representing probation staff, Napo, said": Napo)
  const opening = text === undefined ? null : openingDescription(text, at);
  if (opening && !namedWithin(seen, opening)) return null;
  // ("… was criticised by the songwriters' association Liedermacherverband. Its president": the sentence
  // before names the owner, its subject or else its last organisation, over a subject further back)
  const before = text === undefined ? null : sentenceBeforeIts(text, at);
  const inBefore = before && organizationWithin(seen, before, description);
  if (inBefore) return inBefore;
  let nearest: EntityRecord | null = null;
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = seen[i];
    if (!m || m.start >= at || m.quoted) continue;
    if (at - m.start > OWNER_WINDOW) break;
    // ("Redfield said the same. Its spokesman said": a one-word speaker no first name, gender or role shows a
    // person is the organisation "its" stands for; not a plural, "Reviewers praised")
    const lone = !m.entity.name.includes(' ') && !/[^s]s$/.test(m.entity.name);
    if (m.subject && nearest === null && m.entity.statements > 0 && untypedSpeaker(m.entity) && lone) {
      m.entity.type = 'organization';
      return m.entity;
    }
    if (m.entity.type !== 'organization' || m.entity.plural || description.includes(m.entity.name)) continue;
    if (m.subject) return m.entity;
    nearest ??= m.entity;
  }
  return nearest;
}

/** "Colin Barrett, the association's chief executive": the organisation "the association" stands for, named
 * before (the card says whose, as for "its"). */
const describedOwner = (description: string, seen: readonly SeenMention[], at: number): EntityRecord | null =>
  ownerOfKind(OWNED_BY_DESCRIPTION.exec(description)?.[1], seen, at);

/** "Union president Margaret Oduya", "Party spokesperson Manish Karki": whose body a title opening on its
 * kind names, as for "the union's president". */
export function kindTitleOwner(role: string, seen: readonly SeenMention[], at: number): EntityRecord | null {
  const kind = kindOf(role);
  const owner = ownerOfKind(kind, seen, at);
  // (a capital may be a name's, "Senate spokesperson", not the sentence's: then it is the owner's own word,
  // and more than all of it: "Congress spokesperson" says as much as "Congress’s spokesperson")
  const called = owner?.name.toLowerCase() ?? '';
  const fits = !!kind && called !== kind && (/^\p{Ll}/u.test(role) || hasHead(called, [kind]));
  return fits ? owner : null;
}
/** The kind of body a title of two or more words opens on ("union" in "Union president"), if any. */
const kindOf = (role: string): string | undefined => /^(\p{L}+)\s+\p{Ll}/u.exec(role)?.[1]?.toLowerCase();

/** The organisation of that kind named a sentence or two before `at`. */
function ownerOfKind(
  head: string | undefined,
  seen: readonly SeenMention[],
  at: number,
): EntityRecord | null {
  if (!head || !isOrgHead(head)) return null;
  // (only one named a sentence or two before, of no other kind: the sentence's subject, else the nearest
  // with that head in its name, else the nearest; "the Louvre declared … the museum’s president" is the
  // Louvre's, not the Kimbell Art Museum's named before it)
  let headed: EntityRecord | null = null;
  let nearest: EntityRecord | null = null;
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (m.start >= at || m.quoted) continue;
    if (at - m.start > SUBJECT_WINDOW) break;
    // (not an outlet credited for a photo: "(CBC)")
    const e = m.entity;
    if (e.type !== 'organization' || OUTLETS_BY_NAME.has(e.name) || otherKind(e.name, head)) continue;
    if (m.subject) return e;
    if (hasHead(e.name.toLowerCase(), [head])) headed ??= e;
    nearest ??= e;
  }
  return headed ?? nearest;
}
/** A description opening on a described owner's possessive ("the union's"). */
const OWNED_BY_DESCRIPTION = /^the\s+(\p{Ll}+)['’]s\s/u;

/** The organisation a span names (not in a quote nor the description): its subject, else the last, else
 * a subject that spoke with nothing to show it a person ("Deutsche Bahn condemned the strike as …"). */
function organizationWithin(
  seen: readonly SeenMention[],
  span: Span,
  description: string,
): EntityRecord | null {
  let last: EntityRecord | null = null;
  let untyped: EntityRecord | null = null;
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = seen[i];
    // (every mention: speakers' mentions are not kept in the text's order)
    if (!m || m.start >= span.end || m.start < span.start || m.quoted) continue;
    const e = m.entity;
    if (m.subject && e.statements > 0 && !e.plural && untypedSpeaker(e)) untyped = e;
    if (e.type !== 'organization' || e.plural || description.includes(e.name)) continue;
    if (m.subject) return e;
    last ??= e;
  }
  if (last || !untyped) return last;
  untyped.type = 'organization';
  return untyped;
}

/** An organisation mentioned inside `span`. */
const namedWithin = (seen: readonly SeenMention[], span: Span): boolean =>
  seen.some((m) => m.start >= span.start && m.start < span.end && m.entity.type === 'organization');

/** How much text after a phrase its reading looks at ("Many of whom"). */
const NEXT_CHARS = 12;

/** "Bernie Sanders’s", "Japan Society for the Rights of Musical Authors’". */
const ownersName = (owner: EntityRecord): string =>
  owner.type === 'organization' ? orgPossessive(owner.name) : `${owner.name}’s`;

/** A title opening on a kind of body, with that body's name ("Ontario Nurses' Association’s president"). */
export const ownedTitle = (role: string, owner: EntityRecord): string =>
  kindOf(role) ? `${ownersName(owner)}${role.slice(role.indexOf(' '))}` : role;

/** The description with its owner's name for "his"/"her" ("Bernie Sanders’s top aide") or for the
 * organisation it described ("the union's chief negotiator"). */
export function ownedDescription(description: string, owner: EntityRecord): string {
  const owned = OWNED_BY_DESCRIPTION.exec(description)?.[0].trimEnd();
  return `${ownersName(owner)}${description.slice(owned ? owned.length : description.indexOf(' '))}`;
}

/** "Her office said", "his advisers say": an organisation or unnamed source named by someone's "his" or
 * "her" is theirs ("Tina Kotek’s office"); anything else as classified. */
export function ownedName(
  c: Classified,
  seen: readonly SeenMention[],
  named: Span,
  text: string,
): Classified {
  if (c.type !== 'organization' && c.type !== 'unnamed') return c;
  const at = named.start;
  // ("Another" after "One cabinet minister"; "Several" after retailers, not "Many of whom")
  const next = text.slice(named.end, named.end + NEXT_CHARS);
  const another = c.type === 'unnamed' ? countedOf(c.name, seen, at, next) : null;
  if (another) return { ...c, name: another };
  const owner = descriptionOwner(c.name.charAt(0).toLowerCase() + c.name.slice(1), seen, null, at);
  return owner ? { ...c, name: ownedDescription(c.name, owner) } : c;
}
