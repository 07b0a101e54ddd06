// A given name's gender for a person's record: "Jordan" and other names given to both tell none; and the
// gender an honorific gives ("Mrs. Clinton").
import { FIRST_NAMES } from '../lexicon/first-names';
import { MORE_FEMALE_NAMES, MORE_MALE_NAMES } from '../lexicon/given-names';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../lexicon/coreference-words';
import { leadingRun } from '../text/opening-word';

/** 'm' or 'f', null for a name given to both, undefined for a word that is no given name. */
export function givenNameGender(word: string): 'm' | 'f' | null | undefined {
  const g = FIRST_NAMES.get(word.toLowerCase());
  return g === 'either' ? null : g;
}

/** Given names whose gender only the broad generated lists give: many are rare or nicknames ("Tiff"). */
export const BROAD_ONLY: ReadonlySet<string> = new Set([...MORE_MALE_NAMES, ...MORE_FEMALE_NAMES]);

/** The gender a mention shows by itself, or null where it rests only on a broad-list given name, which a
 * pronoun may contradict ("Tiff Macklem … “…,” he said": pronoun-antecedent.ts lets the speaker go on). */
export function firmGender(p: {
  readonly name: string;
  readonly gender: 'm' | 'f' | null;
}): 'm' | 'f' | null {
  const first = (p.name.split(' ')[0] ?? '').toLowerCase();
  return p.gender !== null && BROAD_ONLY.has(first) && givenNameGender(first) === p.gender ? null : p.gender;
}

/** The gender an honorific opening `said` gives ("Mr. Reyes" → m), if any. */
export function honorificGender(said: string): 'm' | 'f' | undefined {
  const run = leadingRun(said);
  if (MALE_HONORIFICS.has(run)) return 'm';
  return FEMALE_HONORIFICS.has(run) ? 'f' : undefined;
}
