// "Van Den Hoek of Oregon State University": a short capitalised name before "of" and an organisation is
// a person there, even with no first name the lexicon knows.
import { ORG_HEADS, PROPER_ORG_HEADS } from '../lexicon/org-heads';
import { PLACES } from '../lexicon/places';
import { TITLE_WORDS } from '../lexicon/titles';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';
import { isOrganizationName } from './organization-name';

/** Longest name before "of" read as a person's ("Van Den Hoek"). */
const MAX_NAME_WORDS = 4;

/** The words `titled` name someone at the organisation `org`: no office, organisation's head or place among
 * them. */
export function namedAt(titled: readonly string[], org: readonly string[]): boolean {
  // ("Mr. Morgan of the Sierra Club": past an honorific)
  const name = titled.slice(titled.findIndex((w) => !TITLE_WORDS.has(w.toLowerCase())));
  const lower = name.map((w) => w.toLowerCase());
  return (
    name.length > 0 &&
    name.length <= MAX_NAME_WORDS &&
    name.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
    !lower.some(
      (w) =>
        ORG_HEADS.has(w) ||
        PROPER_ORG_HEADS.has(w) || // ("Assembly of First Nations")
        TITLE_WORDS.has(w) ||
        PLACES.has(w) ||
        UNNAMED_SOURCE_NOUNS.has(w),
    ) &&
    (isOrganizationName(org.join(' ')) || fromPlace(name, org))
  );
}

/** "Evans Njewa of Malawi": a given name and a surname from a place (not "United States of America"). */
function fromPlace(name: readonly string[], place: readonly string[]): boolean {
  return (
    name.length === 2 &&
    !PLACES.has(name.join(' ').toLowerCase()) &&
    PLACES.has(
      place
        .join(' ')
        .replace(/^the\s+/i, '')
        .toLowerCase(),
    )
  );
}
