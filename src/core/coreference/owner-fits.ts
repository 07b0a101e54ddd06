// Whether a person named later is the one an indefinite description stood for, by whose they are: "A
// spokesperson for the Parks Department" is not "Trump spokesperson Ron Lieberman" (split from
// introduced-later.ts).
import { withoutTail } from './without-tail';
import { SPOKESPERSON_NOUNS } from '../lexicon/role-nouns';
import type { PersonMention } from './find-people';
import { withoutPossessive } from '../text/possessive';
import { PREPOSITIONS } from '../lexicon/subject-words';
import { ARTICLES } from '../lexicon/function-words';
import { TITLE_WORDS } from '../lexicon/titles';
import { INDEFINITE_ONE } from '../lexicon/coreference-words';

/** "According to a police spokesman, Sgt. Michael Travers,", "said a spokesman for the office, Daniel
 * Whitaker": the name right after the phrase (and its "for" tail), maybe past a title, is in apposition. */
export const apposed = (text: string, end: number, p: PersonMention): boolean =>
  p.start - end < APPOSED_GAP && APPOSED.test(text.slice(end, p.start));
const APPOSED = /^(?:\s+for\s+[^,.;]+)?,\s+(?:[\p{L}.]+\s+)?$/u;
const APPOSED_GAP = 60;

/** Words read before a name for its role ("Trump campaign spokeswoman Hope Hicks"). */
const ROLE_BEFORE = /(?:[\p{L}’'.-]+\s+){1,4}$/u;

/** "A spokesperson for the Parks Department" is not "Trump spokesperson Ron Lieberman", nor "a Nvidia
 * spokesperson" "Spokesperson Lin Jian": the names in the words before the person's name and in their
 * description (not titles) are all in the phrase's tail, when it has one, and a spokesperson's owner named
 * before the head is in the person's words. (Other roles' owners go unsaid: "An AirAsia pilot" is "the
 * veteran pilot" Irianto.) */
export function ownerFits(text: string, said: string, p: PersonMention, role: string): boolean {
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, p.start - 60), p.start))?.[0] ?? '';
  const theirs = `${before} ${p.description ?? ''}`;
  const head = withoutTail(said);
  const tail = said.slice(head.length);
  // ("A spokesperson added …. the SNP's foreign affairs spokesman, Stephen Gethins": whose they are in their
  // description is in the phrase too)
  const opening =
    OWNER.exec(p.description ?? '')?.[1]
      ?.toLowerCase()
      .split(/\s+/) ?? [];
  // (not "spokesman for Ukraine's Foreign Ministry": that opens on a role, not on its owner)
  const owner = opening.some((w) => PREPOSITIONS.has(w)) ? [] : opening;
  const lower = said.toLowerCase();
  // ("A ministry spokesperson" is no "Centre Party finance spokesman": its lowercase words are theirs too,
  // when any more are theirs: "a government spokeswoman. The spokeswoman, Annette Kiel," has none)
  const kind = head.toLowerCase().split(/\s+/).slice(1, -1);
  const words = theirs.toLowerCase().split(/\s+/);
  const plain = words.every((w) => !w || ARTICLES.has(w) || SPOKESPERSON_NOUNS.has(w.replace(/,$/, '')));
  const ours = (w: string): boolean => plain || words.includes(w);
  // ("A spokesman for the finance ministry" is no "government spokesman": the word before their noun, when
  // the phrase says whose it is)
  const noun = words.findIndex((w) => SPOKESPERSON_NOUNS.has(w.replace(/,$/, '')));
  const modifier = noun > 0 ? (theirs.split(/\s+/)[noun - 1] ?? '') : '';
  const kindFits =
    !tail || !/^\p{Ll}+$/u.test(modifier) || ARTICLES.has(modifier) || lower.includes(modifier);
  return (
    (!SPOKESPERSON_NOUNS.has(role) ||
      (namesIn(head).every((w) => theirs.includes(w)) &&
        kind.every(ours) &&
        kindFits &&
        owner.every((w) => lower.includes(w)))) &&
    (!tail || namesIn(theirs).every((w) => tail.includes(withoutPossessive(w))))
  );
}

/** The owner a description opens on ("the SNP's foreign affairs spokesman" → "SNP"). */
const OWNER = /^(?:the\s+)?((?:[\p{L}.&-]+\s+){0,2}[\p{L}.&-]+)[’']s\s/iu;

/** The capitalised words of `words` that are no title or article. */
const namesIn = (words: string): string[] =>
  words
    .split(/\s+/)
    .filter(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) &&
        !INDEFINITE_ONE.has(w.toLowerCase()),
    );
