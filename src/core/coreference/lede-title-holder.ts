// "Housing minister admits target ‘under pressure’ ⏎ The pledge is under pressure, the housing minister
// conceded on Tuesday …. ⏎ Rachel Okonjo told the committee …": a headline or lede that names someone only
// by their office names them in the lines after; the first person named there with that office is them.
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { TITLE_WORDS } from '../lexicon/titles';
import { TITLE_MODIFIERS } from '../lexicon/title-kinds';
import { firstStarting } from '../text/first-starting';
import { itemAt } from '../text/item-at';
import type { EntityRecord, EntityTable } from './entity-table';
import type { PersonMention } from './find-people';
import { withoutTail } from './without-tail';
import { singularOf } from '../text/singular-of';
import { openingNextParagraph } from './next-paragraph-speaker';

/** How far ahead (characters) the office's holder may be named. */
const FORWARD_WINDOW = 1200;
/** How far into the text a headline and its lede may reach. */
const LEDE_END = 800;
/** A paragraph break: the headline's and the lede's own lines come before the second one. */
const BREAK = /\n\s*\n/g;

export function ledeTitleHolder(
  text: string,
  start: number,
  end: number,
  people: readonly PersonMention[],
  table: EntityTable,
): EntityRecord | null {
  if (start > LEDE_END || (text.slice(0, start).match(BREAK)?.length ?? 0) > 1) return null;
  const said = text.slice(start, end);
  const words = withoutTail(said).toLowerCase().split(/\s+/);
  const head = words.at(-1) ?? '';
  // ("The prime minister and the leader" are two; an indefinite "A Superior Court judge" is introducedLater's)
  if (words.includes('and') || !office(head) || pluralOffice(words)) return null;
  for (let i = firstStarting(people, end); i < people.length; i++) {
    const p = itemAt(people, i);
    if (p.start - end > FORWARD_WINDOW) break;
    if (p.full && p.roleWords.includes(head) && placesAgree(said, `${p.role ?? ''} ${p.description ?? ''}`))
      return table.person(p.name, p.role, p.gender, -1);
  }
  // ("MUSCAT (AP) - Oman's foreign minister said … ⏎ Sayyid Faisal bin Hamad Al-Busaidi, who …, told The
  // Associated Press …": with nobody named in that office, the one who opens the next paragraph speaking,
  // with no role of their own; only an office that is one person's, by its place or its capitals, not "the
  // minister")
  const held = said.replace(/^the\s+/i, '');
  if (!/\p{Lu}/u.test(held)) return null;
  const next = people[firstStarting(people, end)];
  const bare =
    next !== undefined && next.role === null && next.description === null && next.roleWords.length === 0;
  const holder = bare ? openingNextParagraph(text, end, people, table) : null;
  return holder && table.person(holder.name, held, holder.gender, -1);
}

/** A head that names one person's office ("minister", "sheriff"), not what modifies one ("state"). */
const office = (head: string): boolean =>
  (TITLE_WORDS.has(head) && !TITLE_MODIFIERS.has(head)) || PERSON_ROLE_NOUNS.has(head);

/** "the attorneys general", "a group of 31 state attorneys general": an office's plural names no one person. */
export const pluralOffice = (words: readonly string[]): boolean =>
  words.some((w) => singularOf(w) !== w && office(singularOf(w)));

/** "Turkey's foreign minister" is no "the Iranian minister": every capitalised word of the holder's role that
 * is no title is in the phrase too. */
const placesAgree = (said: string, role: string): boolean =>
  role
    .split(/\s+/)
    .map((w) => w.replace(/[’']s$/, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()))
    .every((w) => said.includes(w));
