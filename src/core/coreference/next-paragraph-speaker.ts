// "A senior safety researcher at Lumen Labs has resigned, saying … ⏎ Elena Markovic, who led the evaluations
// team, announced her departure": a lede's someone, known by their role, is the person who opens the next
// paragraph and speaks there (split from introduced-later.ts).
import { cueForm } from '../cues/find-cues';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { GENDERED_ROLE_NOUNS } from '../lexicon/gendered-role-nouns';
import { firstStarting } from '../text/first-starting';
import { INDEFINITE_ONE } from '../lexicon/coreference-words';
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';

/** How far ahead (characters) the next paragraph's person may be named. */
const FORWARD_WINDOW = 1200;
/** How much of a sentence is read for its cue or its other person. */
const SENTENCE_REACH = 400;

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
  const sentence = /^[^.!?\n]*/.exec(text.slice(p.start, p.start + SENTENCE_REACH))?.[0] ?? '';
  return /\n\s*\n\s*$/.test(between) &&
    (between.match(/\n\s*\n/g) ?? []).length === 1 &&
    sentence.split(/\s+/).some((w) => cueForm(w) !== undefined)
    ? table.person(p.name, p.role, p.gender, -1)
    : null;
}

/** Most words from "a" to the person's noun ("a | 37-year-old | man"). */
const MAX_PERSON_WORDS = 4;

/** An indefinite person the rest of the lede's sentence names ("A judge … sentenced a 37-year-old man"): the
 * next paragraph may name either. */
function someoneElse(text: string, end: number): boolean {
  const rest = /^[^.!?\n]*/.exec(text.slice(end, end + SENTENCE_REACH))?.[0] ?? '';
  const words = rest.toLowerCase().split(/[\s,;:]+/);
  return words.some(
    (w, i) =>
      INDEFINITE_ONE.has(w) &&
      words
        .slice(i + 1, i + 1 + MAX_PERSON_WORDS)
        .some((n) => PERSON_ROLE_NOUNS.has(n) || GENDERED_ROLE_NOUNS.has(n) || /-year-old$/.test(n)),
  );
}
