// The role nouns that titles written short stand for ("Sgt. Maria Lopez" is "the sergeant" later), kept
// apart from the role words an article writes out (described-entity.ts weighs them less).
import { TITLE_NOUNS } from '../lexicon/title-kinds';
import type { EntityRecord } from './entity-record';

/** The role nouns the words of a title stand for ("Police Sgt." → "sergeant"). */
export const titleNounsOf = (role: string | null): readonly string[] =>
  (role ?? '').split(/\s+/).flatMap((w) => {
    const noun = /^\p{Lu}/u.test(w) ? TITLE_NOUNS.get(w.toLowerCase().replace(/\.$/, '')) : undefined;
    return noun ? [noun] : [];
  });

/** Adds to `e` the role nouns its title stands for. */
export function noteTitleNouns(e: EntityRecord, nouns: readonly string[]): void {
  for (const w of nouns) (e.titleNouns ??= new Set()).add(w);
}
