// What a description asks of the one it names, beyond its head noun: the capitalised words of "the
// Republican nominee" written before the subject's name, or an unnamed source it repeats ("the spokesman"
// for "the prime minister's official spokesman"). Split from described-entity.ts.
import { sentenceStart } from '../text/sentence-breaks';
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';
import { isPossessive, withoutPossessive } from '../text/possessive';
import { withoutTail } from './without-tail';
import { PERSON_ROLE_NOUNS, ROLE_SYNONYMS } from '../lexicon/role-nouns';
import { COUNTRY_NAMES } from '../lexicon/places';
import { OFFICE_MODIFIERS } from '../lexicon/title-kinds';
import { NATIONALITY_PERSON_NOUNS } from '../lexicon/nationality-nouns';
import { PARTY_MEMBER_NOUNS } from '../lexicon/party-words';
import { DESCRIPTION_WINDOW } from './described-org';

/** How far before a mention, in its clause, a description's capitalised word may stand to be theirs
 * ("Republican nominee Donald Trump"). */
const MARK_REACH = 60;
/** Where a clause ends: a stop after a lowercase word (not "Gov."), or other punctuation. */
const CLAUSE_BREAK = /[,;:!?()]|(?<=\s\p{Ll}+)\.\s/u;

/** Each capitalised word is in the entity's role or written before one of their mentions (not after:
 * "… regrets her insults of Donald Trump. The Supreme Court justice …"), or is a country for someone of no
 * role. */
export function marksFit(
  text: string,
  seen: readonly SeenMention[],
  e: EntityRecord,
  marks: readonly string[],
): boolean {
  if (marks.every((w) => e.roleWords.has(w))) return true;
  // ("Wayne Rooney has blasted …. The former England captain said": a country fits someone the article gave
  // no role, whose nation it does not know; not an adjective: "the American ambassador" is an office)
  if (e.roleWords.size === 0 && marks.every((w) => COUNTRY_NAMES.has(w))) return true;
  const near = seen
    .filter((m) => m.entity === e)
    .map(
      (m) =>
        text
          .slice(Math.max(0, m.start - MARK_REACH), m.start)
          .split(CLAUSE_BREAK)
          .at(-1) ?? '',
    )
    .map((around) => around.toLowerCase());
  return marks.every((w) => e.roleWords.has(w) || near.some((around) => around.includes(w)));
}

/** One unnamed source someone's or "a" someone ("a senior official", "Cameron's spokesman") who spoke,
 * with that head noun. */
export function spokeUnnamed(e: EntityRecord, head: string): boolean {
  if (e.type !== 'unnamed' || e.plural || e.statements === 0) return false;
  // ("one of his legal advisers told me. … the adviser added": one of a group, by the group's noun)
  const all = e.name.toLowerCase().split(/\s+/);
  if (all[0] === 'one' && all[1] === 'of') return all.at(-1) === `${head}s`;
  const words = withoutTail(e.name).toLowerCase().split(/\s+/);
  return (
    withoutPossessive(words.at(-1) ?? '') === head &&
    (/^(?:an?|one)$/.test(words[0] ?? '') || words.slice(0, -1).some(isPossessive))
  );
}

/** "The Liverpool captain" after "Liverpool manager Arne Slot": a person whose role ends in another office
 * than the description's head is not the one it describes, whatever capitalised words they share. */
export function holdsOtherOffice(e: EntityRecord, head: string, marks: readonly string[]): boolean {
  const last = (e.role ?? '').toLowerCase().split(/\s+/).at(-1) ?? '';
  // (a role that is one of the description's own capitalised words, "Republican", is no other office)
  const office = PERSON_ROLE_NOUNS.has(last) && !marks.includes(last);
  return office && last !== head && !(ROLE_SYNONYMS[head] ?? []).includes(last);
}

/** How far back a sentence's start is looked for. */
const SENTENCE_REACH = 600;

/** "…, the South Carolina senator called on … after the billionaire estate mogul claimed …": a writer does
 * not describe one person twice in a sentence, so whoever a description earlier in the sentence named is
 * not the one a later description names. */
export function describedEarlier(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
): Set<EntityRecord> {
  const start = sentenceStart(text, offset - SENTENCE_REACH, offset);
  return new Set(
    seen
      .filter(
        (m) =>
          !m.quoted &&
          m.start >= start &&
          m.start < offset &&
          /^the\s/i.test(text.slice(m.start, m.start + 4)),
      )
      .map((m) => m.entity),
  );
}

/** "Sgt. Maria Lopez … A second officer, Tom Reyes, … the sergeant said": the one whose title is the role
 * outranks the subject just before (`pick`) when that subject holds some other role; a subject of no known
 * role may hold it too ("Rubio … the senator said"). */
export const titleOutranks = (pick: EntityRecord | null, role: string, roleOnly: boolean): boolean =>
  !pick?.titleNouns?.has(role) &&
  (roleOnly || !pick || pick.role !== null || pick.description !== undefined || pick.roleWords.size > 0);

/** Where a sentence opens on "The" (each match of openedBefore's pattern has one). */
const SENTENCE_OPENING_THE = /(?:^|[.!?]["”’]?\s+)The\s/u;

/** "The mayor met with Rachel Kim, the union's president. … the mayor said": a sentence opened earlier by
 * the same description that went to no one named is someone unnamed, not the person named since. */
export function openedBefore(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  role: string,
): boolean {
  const from = Math.max(0, offset - DESCRIPTION_WINDOW);
  const word = role.replace(/[^\p{L}\d-]/gu, '');
  const stretch = text.slice(from, offset);
  // (a match holds the word and a sentence opening on "The": without both no pattern to build and run)
  if (!stretch.includes(word) || !SENTENCE_OPENING_THE.test(stretch)) return false;
  const opened = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)(The\s+(?:\p{Ll}+\s+)?${word}\s+\p{Ll})`, 'gu');
  for (const found of stretch.matchAll(opened)) {
    const start = from + (found.index ?? 0) + found[0].indexOf('The');
    if (!seen.some((m) => m.start === start && m.entity.type === 'person')) return true;
  }
  return false;
}

/** The person holds the role a description names ("mayor", or its other name, "pontiff" for "pope"), and not
 * only as part of another office the description does not name ("the minister" is not the prime minister). */
export const holdsRole = (e: EntityRecord, role: string, words: readonly string[]): boolean =>
  [role, ...(ROLE_SYNONYMS[role] ?? [])].some((r) => e.roleWords.has(r)) && !otherOffice(e, words);

/** One of the person's role words makes their office another one the description does not name. */
function otherOffice(e: EntityRecord, words: readonly string[]): boolean {
  for (const m of OFFICE_MODIFIERS) if (e.roleWords.has(m) && !words.includes(m)) return true;
  return lacksModifier(e, words);
}

/** "the deputy governor", "the lieutenant governor": a modifier of the office the person's role lacks (the
 * governor is not the deputy). */
export const lacksModifier = (e: EntityRecord, words: readonly string[]): boolean =>
  words.some((w) => OFFICE_MODIFIERS.has(w) && !e.roleWords.has(w));

/** The capitalised words of a description the subject just before must have in their role: "the Republican
 * nominee", "the former Florida governor" (a title's head only; a role noun's description was always read this
 * way), and an office written in capitals as British and Canadian news write it ("The Prime Minister", "the
 * Commissioner"), which the subject just before holds only if the article gave them that office. */
export function marksOf(bare: string, head: string): string[] {
  const words = bare.split(/\s+/);
  const party = NATIONALITY_PERSON_NOUNS.has(head) || PARTY_MEMBER_NOUNS.has(head);
  const office = !party && words.every((w) => /^\p{Lu}/u.test(w));
  return (PERSON_ROLE_NOUNS.has(head) || party) && !office
    ? []
    : words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => withoutPossessive(w.toLowerCase()));
}

/** "The MP for Bristol Harbourside" is not the MP for North Devon Rural: a description's tail names other
 * capitalised words than the tail of the person's role (a role with no such tail may hold it). */
export function otherTail(e: EntityRecord, tailMarks: readonly string[]): boolean {
  const role = e.role ?? e.description;
  if (tailMarks.length === 0 || !role) return false;
  const own = marksOf(role.slice(withoutTail(role).length), '');
  return own.length > 0 && !tailMarks.every((w) => own.includes(w));
}

/** The capitalised words of a description's tail, `said` past its `core` ("Bristol" in "the MP for
 * Bristol"); a country is read loosely there, as marksFit reads it ("the president of France" is the French
 * one). */
export const tailMarksOf = (said: string, core: string): string[] =>
  marksOf(said.slice(core.length), '').filter((w) => !COUNTRY_NAMES.has(w));
