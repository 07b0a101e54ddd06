// "A senior safety researcher at Lumen Labs has resigned, saying … ⏎ Elena Markovic, who led the evaluations
// team, announced her departure": a lede's someone, known by their role, is the person who opens the next
// paragraph and speaks there (split from introduced-later.ts).
import { cueForm } from '../cues/find-cues';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { GENDERED_ROLE_NOUNS } from '../lexicon/gendered-role-nouns';
import { firstStarting } from '../text/first-starting';
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';

/** How far ahead (characters) the next paragraph's person may be named. */
const FORWARD_WINDOW = 1200;

/** The first person named after `end`, when they open the next paragraph as its subject with their full name
 * and say something there ("Brandon Leach pleaded guilty" after "A judge … sentenced a 37-year-old man" is
 * not the judge). */
export function openingNextParagraph(
  text: string,
  end: number,
  people: readonly PersonMention[],
  table: EntityTable,
): EntityRecord | null {
  const p = people[firstStarting(people, end)];
  if (!p || p.start - end > FORWARD_WINDOW || !p.full || !p.subject || someoneElse(text, end)) return null;
  const between = text.slice(end, p.start);
  const sentence = /^[^.!?\n]*/.exec(text.slice(p.start))?.[0] ?? '';
  return /\n\s*\n\s*$/.test(between) &&
    (between.match(/\n\s*\n/g) ?? []).length === 1 &&
    sentence.split(/\s+/).some((w) => cueForm(w) !== undefined)
    ? table.person(p.name, p.role, p.gender, -1)
    : null;
}

/** An indefinite person the rest of the lede's sentence names ("A judge … sentenced a 37-year-old man"): the
 * next paragraph may name either. */
function someoneElse(text: string, end: number): boolean {
  const rest = /^[^.!?\n]*/.exec(text.slice(end))?.[0] ?? '';
  return [...rest.matchAll(INDEFINITE_PERSON)].some((m) => {
    const w = (m[1] ?? '').toLowerCase();
    return PERSON_ROLE_NOUNS.has(w) || GENDERED_ROLE_NOUNS.has(w) || /-year-old$/.test(w);
  });
}

/** "a 37-year-old man", "an elderly woman": an indefinite article and up to three more words, the last
 * captured. */
const INDEFINITE_PERSON = /\b(?:a|an)\s+(?:[\p{L}\d’'-]+\s+){0,3}?([\p{L}\d’'-]+)\b(?=[\s,.;:]|$)/giu;
