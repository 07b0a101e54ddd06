// "A Superior Court judge chastised the station, saying … ⏎ Justice Ana Ruiz directed …": an indefinite
// description that opens a story is often named in the next lines. The first person named after it with
// the same role (or a synonym) is the speaker.
import { PERSON_ROLE_NOUNS, ROLE_SYNONYMS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';
import { INDEFINITE_ONE } from '../lexicon/coreference-words';
import { openingWord } from '../text/opening-word';
import { itemAt } from '../text/item-at';
import { firstStarting } from '../text/first-starting';

/** How far ahead (characters) the description's name may come. */
const FORWARD_WINDOW = 1200;

/** An indefinite article opens the phrase, or stands up to four words before it ("a provincial court judge"). */
const INDEFINITE_BEFORE = /(?:^|[\s(])(?:a|an|one)(?:\s+[\p{L}’'-]+){0,4}\s+$/iu;

export function introducedLater(
  text: string,
  start: number,
  end: number,
  people: readonly PersonMention[],
  table: EntityTable,
): EntityRecord | null {
  const said = text.slice(start, end);
  const indefinite =
    INDEFINITE_ONE.has(openingWord(said)) ||
    INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  if (!indefinite) return null;
  const head = said.toLowerCase().split(/\s+/).at(-1) ?? '';
  if (!PERSON_ROLE_NOUNS.has(head) && !TITLE_WORDS.has(head)) return null;
  const roles = new Set([head, ...(ROLE_SYNONYMS[head] ?? [])]);
  for (let i = firstStarting(people, end); i < people.length; i++) {
    const p = itemAt(people, i);
    if (p.start - end > FORWARD_WINDOW) break;
    if (p.full && p.roleWords.some((w) => roles.has(w))) return table.person(p.name, p.role, p.gender, -1);
  }
  return null;
}
