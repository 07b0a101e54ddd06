// "A Superior Court judge chastised the station, saying … ⏎ Justice Ana Ruiz directed …": an indefinite
// description that opens a story is often named in the next lines. The first person named after it with
// the same role (or a synonym) is the speaker.
import { withoutTail } from './without-tail';
import { ledeTitleHolder, pluralOffice } from './lede-title-holder';
import { PERSON_ROLE_NOUNS, ROLE_SYNONYMS, SPOKESPERSON_NOUNS } from '../lexicon/role-nouns';
import { PARTY_ADJECTIVES } from '../lexicon/party-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { GENDERED_ROLE_NOUNS } from '../lexicon/gendered-role-nouns';
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';
import { ANONYMITY_PHRASES, INDEFINITE_ONE, SPEAKER_NAMING_CUES } from '../lexicon/coreference-words';
import { alternation } from '../text/alternation';
import { openingWord } from '../text/opening-word';
import { itemAt } from '../text/item-at';
import { firstStarting } from '../text/first-starting';
import { openingNextParagraph } from './next-paragraph-speaker';
import { ledeOrganization } from './lede-organization';
import { spokenFor } from './spokesperson-for';
import { apposed, ownerFits } from './owner-fits';
import type { SeenMention } from './pronoun-antecedent';
import type { Span } from '../types';

/** How far ahead (characters) the description's name may come. */
const FORWARD_WINDOW = 1200;

/** How far into the text a story's opening sentence may end (a headline line may come before it). */
export const LEDE_CHARS = 400;

/** `start` is in a story's opening sentence: within its first characters, past no more than one line. */
export const inLede = (text: string, start: number): boolean =>
  start < LEDE_CHARS && !/\n\s*\S[^\n]*\n/.test(text.slice(0, start));

/** How far ahead (characters) a spokesperson's name may come as the next quote's speaker. */
const NEXT_SPEAKER_WINDOW = 500;

/** An indefinite article opens the phrase, or stands up to four words before it ("a provincial court judge"). */
const INDEFINITE_BEFORE = /(?:^|[\s(])(?:a|an|one)(?:\s+[\p{L}’'-]+){0,4}\s+$/iu;

export function introducedLater(
  text: string,
  { start, end }: Span,
  people: readonly PersonMention[],
  table: EntityTable,
  seen: readonly SeenMention[],
): EntityRecord | null {
  const said = text.slice(start, end);
  const indefinite =
    INDEFINITE_ONE.has(openingWord(said)) ||
    INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  // (a definite one, or none, is named later only in a headline or lede: lede-title-holder.ts)
  if (!indefinite)
    return ledeTitleHolder(text, start, end, people, table) ?? ledeOrganization(text, start, end, table);
  if (anonymous(text.slice(end, end + ANONYMITY_REACH)) || pluralOffice(said.toLowerCase().split(/\s+/)))
    return null;
  // ("A spokeswoman for Trudeau", "A Superior Court of Ontario judge": the word before a tail, or the last)
  const head = [withoutTail(said), said]
    .map((phrase) => phrase.toLowerCase().split(/\s+/).at(-1) ?? '')
    .find((w) => PERSON_ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || GENDERED_ROLE_NOUNS.has(w));
  if (head === undefined) return null;
  const roles = new Set([head, ...(ROLE_SYNONYMS[head] ?? [])]);
  // ("The trade department defended it. A spokeswoman said …": the department's, not a later party's)
  const org = SPOKESPERSON_NOUNS.has(head) && !said.includes(' for ') ? spokenFor(text, seen, start) : null;
  const first = firstStarting(people, end);
  for (let i = first; i < people.length; i++) {
    const p = itemAt(people, i);
    if (p.start - end > FORWARD_WINDOW) break;
    if (
      p.full &&
      p.roleWords.some((w) => roles.has(w)) &&
      // ("A diplomat said …. Frans de Wit, a former Dutch diplomat, said": someone new, as "a" says; a
      // spokesperson's owner tells them apart instead)
      (SPOKESPERSON_NOUNS.has(head) || !NEWCOMER_AFTER.test(text.slice(p.end, p.end + NEWCOMER_CHARS))) &&
      (apposed(text, end, p) ||
        (ownerFits(text, said, p, head) &&
          (!org || text.slice(Math.max(0, p.start - 60), p.end).includes(org.name)))) &&
      marksAgree(said, p)
    )
      return table.person(p.name, p.role, p.gender, -1);
  }
  // "A spokeswoman for Trudeau said …. ⏎ “…,” said Eleanore Catenaro.": the next person named, as the
  // speaker of the next quote and with no role of their own, is the spokesperson
  if (!SPOKESPERSON_NOUNS.has(head)) return namedInLede(text, start, end, people, table, head);
  for (let i = first; i < people.length; i++) {
    const p = itemAt(people, i);
    if (p.start - end > NEXT_SPEAKER_WINDOW) break;
    if (!NAMED_AFTER_QUOTE.test(text.slice(Math.max(0, p.start - 20), p.start))) continue;
    // its own cue only ("… But a veteran engineer said …. “…,” said Joe Mulligan": another spoke between)
    const between = text.slice(end, Math.max(end, p.start - 20));
    // (nor one a description or a "who" after the name introduces: "said Jhon Salazar, a courier who …",
    // "said Kwame Asante, who has driven a taxi for 19 years")
    const after = text.slice(p.end, p.end + NEWCOMER_CHARS);
    const newcomer = NEWCOMER_AFTER.test(after) || RELATIVE_AFTER.test(after);
    const only = p.full && p.roleWords.length === 0 && !newcomer && (between.match(CUES) ?? []).length <= 1;
    return only ? table.person(p.name, head, p.gender, -1) : null;
  }
  return null;
}

/** "Frans de Wit, a former Dutch diplomat,": a name introduced by an indefinite description after it. */
const NEWCOMER_AFTER = /^,\s+(?:an?|one)\s/iu;
const NEWCOMER_CHARS = 8;
/** ", who" right after a name. */
const RELATIVE_AFTER = /^,\s+who\s/u;

/** How far after the description its wish not to be named is looked for. */
const ANONYMITY_REACH = 80;
/** "A US official, who asked not to be named, said": whoever is named later, it is not them. */
const anonymous = (after: string): boolean => ANONYMITY_PHRASES.some((w) => after.includes(w));

/** A quote's closing mark and its cue right before a name ("…,” said Eleanore Catenaro"). */
const NAMED_AFTER_QUOTE = new RegExp(String.raw`[,”"]\s*(?:${alternation(SPEAKER_NAMING_CUES)})\s+$`, 'u');
const CUES = new RegExp(String.raw`\b(?:${alternation([...SPEAKER_NAMING_CUES, 'told'])})\b`, 'gu');

/** "TORONTO — A Toronto woman says … ⏎ Linda Chow, 67, told CTV News …": the lede's someone, known only
 * by a gendered noun, is the first person named as a sentence's subject after it, of no other gender and
 * with no role of their own (an age is none); someone known by a role, the one the next paragraph opens
 * on. */
function namedInLede(
  text: string,
  start: number,
  end: number,
  people: readonly PersonMention[],
  table: EntityTable,
  head: string,
): EntityRecord | null {
  const gender = GENDERED_ROLE_NOUNS.get(head) ?? null;
  if (!inLede(text, start)) return null;
  if (gender === null || PERSON_ROLE_NOUNS.has(head)) return openingNextParagraph(text, end, people, table);
  for (let i = firstStarting(people, end); i < people.length; i++) {
    const p = itemAt(people, i);
    if (p.start - end > FORWARD_WINDOW) break;
    if (!p.full || !p.subject || !/[.!?]/.test(text.slice(end, p.start))) continue;
    const ownRole = p.roleWords.some((w) => !/-year-old$/.test(w));
    return (p.gender === null || p.gender === gender) && !ownRole
      ? table.person(p.name, p.role, p.gender, -1)
      : null;
  }
  return null;
}

/** "One senior Labour MP … Sir Geoffrey Hallam-Wick, the Conservative MP": a description naming a party is not
 * someone whose role or description names another. */
function marksAgree(said: string, p: PersonMention): boolean {
  const parties = (s: string): string[] =>
    s
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => PARTY_ADJECTIVES.has(w));
  const mine = parties(said);
  const theirs = parties(`${p.role ?? ''} ${p.description ?? ''}`);
  return mine.length === 0 || theirs.length === 0 || theirs.some((w) => mine.includes(w));
}
