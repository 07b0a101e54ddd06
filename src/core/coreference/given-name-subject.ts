// Features call people by their given name alone ("Her husband, Luis, thought she was crazy. … Luis
// nodded. “She's stubborn,” he said."). A lone given name of one gender that opens its sentence before a
// verb is that person, so a "he" or "she" right after can reach them rather than someone named earlier.
import { BROAD_ONLY } from './given-name-gender';
import { FIRST_NAMES } from '../lexicon/first-names';
import { hasVerb } from '../statements/has-verb';
import type { Token } from '../text/tokenize';
import { tokenAt } from '../text/token-window';
import { isSentenceSubject } from './sentence-subject';
import { describedRole } from './described-role';
import type { PersonMention } from './find-people';

/** A verb right after a sentence's subject: a finite form hasVerb knows, or a present -s form ("nods"). */
export const verbAt = (toks: readonly Token[], k: number): boolean =>
  !!toks[k]?.word &&
  !tokenAt(toks, k).cap &&
  (hasVerb(toks, k, k + 1) || /[^s]s$/.test(tokenAt(toks, k).lower));

/** "Her son, Paulo, now runs the bakery": a given name set off by commas right after the description that
 * opens the sentence, before its verb (past one adverb). */
const apposedToOpening = (toks: readonly Token[], i: number): boolean =>
  toks[i - 1]?.text === ',' &&
  toks[i + 1]?.text === ',' &&
  isSentenceSubject(toks, i, i) &&
  (verbAt(toks, i + 2) || (!!toks[i + 2]?.word && verbAt(toks, i + 3)));

/** Longest aside between a subject and its verb ("Arjun, asked what he wanted, was direct"), in tokens. */
const MAX_ASIDE = 12;

/** An aside set off by commas from token k, then a verb. */
const verbAfterAside = (toks: readonly Token[], k: number): boolean => verbPastAside(toks, k) >= 0;

/** Where the verb after an aside set off by commas from token k is, or -1. */
export function verbPastAside(toks: readonly Token[], k: number): number {
  if (toks[k]?.text !== ',') return -1;
  for (let c = k + 1; c < Math.min(toks.length, k + MAX_ASIDE); c++)
    if (tokenAt(toks, c).text === ',') return verbAt(toks, c + 1) ? c + 1 : -1;
  return -1;
}

/** The person named by the given name alone at token i, opening its sentence (or set off after a
 * description) before a verb; else null. */
export function givenNameSubject(toks: readonly Token[], i: number): Omit<PersonMention, 'sentence'> | null {
  const t = tokenAt(toks, i);
  const gender = FIRST_NAMES.get(t.lower);
  if ((gender !== 'm' && gender !== 'f') || BROAD_ONLY.has(t.lower)) return null;
  // "…, his mother, Rosa, said Tuesday": set off after a description of its own, before a verb
  const description =
    toks[i - 1]?.text === ',' && toks[i + 1]?.text === ',' ? describedRole(toks, i, i) : null;
  const described = description !== null && verbAt(toks, i + 2);
  const opens = i === 0 && (verbAt(toks, 1) || verbAfterAside(toks, 1));
  if (!opens && !apposedToOpening(toks, i) && !described) return null;
  return {
    start: t.start,
    end: t.end,
    name: t.text,
    surname: t.text,
    gender,
    full: false,
    role: null,
    description,
    affiliation: null,
    roleWords: [],
    subject: true,
  };
}

/** `people` without the given-name mentions (their indices in `byGivenName`) that are the surname of a
 * person named in full here ("Clinton has since apologized" after "Hillary Clinton"). */
export function withoutSurnamesHere(
  people: readonly PersonMention[],
  byGivenName: ReadonlySet<number>,
): PersonMention[] {
  const surnames = new Set(people.filter((p) => p.full).map((p) => p.surname.toLowerCase()));
  return people.filter((p, k) => !byGivenName.has(k) || !surnames.has(p.name.toLowerCase()));
}
