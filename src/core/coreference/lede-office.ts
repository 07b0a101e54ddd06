// "The NSW Premier has ruled out a bailout … ⏎ Chris Minns said on Tuesday …": a story that opens on an
// office and no name names its holder as the subject of the sentence after; that person holds the office,
// so a later "the Premier told reporters" is them.
import type { Sentence } from '../sentences/split-sentences';
import { TITLE_WORDS } from '../lexicon/titles';
import { TITLE_MODIFIERS } from '../lexicon/title-kinds';
import type { Token } from '../text/tokenize';
import type { PersonMention } from './find-people';
import { firstStarting } from '../text/first-starting';
import { CLAUSE_JOINS, PREPOSITIONS } from '../lexicon/subject-words';
import { cueForm } from '../cues/find-cues';
import { LEDE_CHARS } from './introduced-later';

/** Most words between "The" and the office's head ("The | state's new health | minister"). */
const MAX_OFFICE_WORDS = 4;

export function ledeOffice(
  text: string,
  sentences: readonly Sentence[],
  people: readonly PersonMention[],
): readonly PersonMention[] {
  const at = sentences.findIndex((s) => s.start < LEDE_CHARS && officeEnd(s.tokens) > 0);
  const opening = sentences[at];
  const next = sentences[at + 1];
  if (!opening || !next) return people;
  const i = firstStarting(people, opening.start);
  const holder = people[i];
  // (no one named in the office's own sentence: "The Premier, Chris Minns, said" is read as written)
  if (!holder || holder.start < opening.end || holder.start !== next.start) return people;
  if (!holder.full || holder.role !== null || holder.roleWords.length > 0) return people;
  const office = opening.tokens.slice(1, officeEnd(opening.tokens) + 1);
  const role = text.slice(office[0]?.start ?? 0, office.at(-1)?.end ?? 0);
  const roleWords = office.filter((t) => TITLE_WORDS.has(t.lower)).map((t) => t.lower);
  return people.map((p, k) => (k === i ? { ...p, role, roleWords } : p));
}

/** A word that goes on the phrase, not its verb ("The Secretary of State", "The minister who …"). */
const joins = (w: string): boolean => PREPOSITIONS.has(w) || CLAUSE_JOINS.has(w) || w === 'who';

/** Where the office that opens the sentence ends ("The | NSW Premier | has …"), or -1: "The", a few words, a
 * head that names an office (not "city", "former"), then a lowercase word (its verb, not a name or a comma). */
function officeEnd(tokens: readonly Token[]): number {
  if (tokens[0]?.text !== 'The') return -1;
  for (let k = 1; k <= MAX_OFFICE_WORDS + 1; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t?.word || !next) return -1;
    const head = TITLE_WORDS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower);
    if (head && next.word && !next.cap && !TITLE_WORDS.has(next.lower) && !joins(next.lower))
      return cueForm(next.lower) === undefined ? k : -1; // ("The minister said …" speaks for itself)
  }
  return -1;
}
