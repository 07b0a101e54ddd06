// Whether a capitalised word names someone the article knows: a person's surname or first name
// seen in a full name, or an organisation or outlet. Colon cues ("Cruz: …") need one.
import type { PersonMention } from './find-people';
import { FIRST_NAMES } from '../lexicon/first-names';
import { isOrganizationName } from '../speakers/organization-name';

/** Takes the word as written ("Cruz", "NATO"). */
export function knownSpeakerTest(people: readonly PersonMention[]): (word: string) => boolean {
  const names = new Set(people.map((p) => p.surname.toLowerCase()));
  return (word) =>
    names.has(word.toLowerCase()) || FIRST_NAMES.has(word.toLowerCase()) || isOrganizationName(word);
}
