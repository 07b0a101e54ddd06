// "Tony and Sal Marino ran the trattoria", "Bill and Hillary Clinton attended": a given name joined by "and"
// to a full name shares its surname, so "Tony said" later is Tony Marino.
import { tokenOrNone } from '../text/token-window';
import { FIRST_NAMES } from '../lexicon/first-names';
import type { Sentence } from '../sentences/split-sentences';
import { givenNameGender } from './given-name-gender';
import type { PersonMention } from './find-people';
import { tokenStartingAt } from '../text/token-index';

/** The lone given name before "and" and the full name `p`, as a mention of its own, or null. */
function sharedWith(p: PersonMention, sentences: readonly Sentence[]): PersonMention | null {
  if (!p.full) return null;
  const toks = sentences[p.sentence]?.tokens ?? [];
  const k = tokenStartingAt(toks, p.start);
  const given = tokenOrNone(toks, k - 2);
  // ("Tony and Sal Marino": the full name opens on its own given name; "Smith and Sal Marino" are two)
  if (tokenOrNone(toks, k - 1)?.lower !== 'and' || !given?.cap || !FIRST_NAMES.has(given.lower)) return null;
  if (!FIRST_NAMES.has(p.name.split(' ')[0]?.toLowerCase() ?? '')) return null;
  // (not the last of a list, "Brandy, Monica and Lauryn Hill", nor a surname after "Mr.")
  const before = toks[k - 3];
  const listed = before?.text === ',' && toks[k - 4]?.cap === true;
  if (before && (before.cap || before.text === '.' || listed)) return null;
  return {
    ...p,
    start: given.start,
    end: given.end,
    name: `${given.text} ${p.surname}`,
    gender: givenNameGender(given.lower) ?? null,
    role: null,
    description: null,
    affiliation: null,
    roleWords: [],
    subject: k - 2 === 0,
  };
}

/** `people` with the given names that share a full name's surname added before it. */
export function withSharedSurnames(
  people: readonly PersonMention[],
  sentences: readonly Sentence[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const p of people) {
    const shared = sharedWith(p, sentences);
    if (shared) out.push(shared);
    out.push(p);
  }
  return out;
}
