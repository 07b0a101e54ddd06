// "An experimental antibody slowed decline by a third, its developer said Monday … ⏎ Veridian Therapeutics
// said its drug …": a story that opens on an organisation's description names it as the subject the next
// paragraph opens on and speaks.
import { cueForm } from '../cues/find-cues';
import { LEDE_ORG_HEADS } from '../lexicon/org-role-nouns';
import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words';
import { isOrganizationName } from '../speakers/organization-name';
import { isPossessive } from '../text/possessive';
import type { EntityRecord, EntityTable } from './entity-table';
import { inLede } from './introduced-later';

/** How much of the next paragraph is read for its opening sentence. */
const SENTENCE_REACH = 400;

/** The capitalised run opening a paragraph, joined by "of", "for", "and" or "&" ("Bank of Canada"), and what
 * follows it. */
const OPENING_NAME =
  /^(?:The\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}.’'-]*)*)(.*)/u;

/** ", which Brandt edited from 1989 to 1998," after the name. */
const WHICH_CLAUSE = /^,\s+which\s[^,]*,/u;

/** The organisation the next paragraph opens on, for a lede's "its developer", "her publisher" or "the
 * military's media wing"; null when the phrase is no such description or that paragraph opens otherwise. */
export function ledeOrganization(
  text: string,
  start: number,
  end: number,
  table: EntityTable,
): EntityRecord | null {
  const written = text.slice(start, end).split(/\s+/);
  // (a description in lower case after its owner or "the": not "The World Anti-Doping Agency")
  if (written.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  const words = written.map((w) => w.toLowerCase());
  const first = words[0] ?? '';
  const owned = first === 'the' || POSSESSIVE_DETERMINERS.has(first) || isPossessive(first);
  if (!owned || !inLede(text, start) || words.length < 2 || !LEDE_ORG_HEADS.has(words.at(-1) ?? ''))
    return null;
  const gap = /\n\s*\n\s*/g;
  gap.lastIndex = end;
  const next = gap.exec(text);
  if (!next) return null;
  const from = next.index + next[0].length;
  const m = OPENING_NAME.exec(text.slice(from, from + SENTENCE_REACH).split(/[.!?](?:\s|$)/)[0] ?? '');
  const name = m?.[1] ?? '';
  const rest = m?.[2] ?? '';
  const org = isOrganizationName(name) || /^,\s+which\s/.test(rest);
  // (the name itself speaks, past its "which" clause: not "Labour health spokeswoman Denise Horgan said", a
  // person it describes)
  const after = rest.slice(WHICH_CLAUSE.exec(rest)?.[0].length ?? 0).split(/\s+/);
  const cue = after.findIndex((w) => cueForm(w.toLowerCase()) !== undefined);
  const speaks = cue >= 0 && !after.slice(0, cue).some((w) => /^\p{Lu}/u.test(w));
  return org && speaks ? table.organization(name, -1) : null;
}
