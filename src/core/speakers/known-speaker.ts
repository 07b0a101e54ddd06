// Whether a capitalised word names someone the article knows: a person's surname or first name
// seen in a full name, or an organisation or outlet. Colon cues ("Cruz: …") need one.
import type { PersonMention } from '../coreference/find-people';
import { FIRST_NAMES } from '../lexicon/first-names';
import { isOrganizationName } from './classify-speaker';

export function knownSpeakerTest(people: readonly PersonMention[]): (lower: string) => boolean {
  const names = new Set(people.map((p) => p.surname.toLowerCase()));
  return (lower) => names.has(lower) || FIRST_NAMES.has(lower) || isOrganizationName(lower.toUpperCase()) || isOrganizationName(lower.replace(/^./, (c) => c.toUpperCase()));
}
