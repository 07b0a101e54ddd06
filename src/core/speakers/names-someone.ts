// Whether a phrase a scan took for a speaker can name one at all. "She", "I've", "Additional", "6.2",
// "RELATED", "October 28", "Dr" and all-caps section labels ("JAPAN ECONOMY") cannot: such a speaker is
// kept as an unresolved mention, never shown as a name.
import { BARE_HONORIFICS, CALENDAR_WORDS, LABEL_WORDS } from '../lexicon/non-name-words';
import { NON_NAME_CAPS } from '../lexicon/pronouns';
import { DESCRIPTION_DETERMINERS } from '../lexicon/speaker-phrase-words';
import { KNOWN_ACRONYMS } from './name-words';
import { withoutContraction } from '../text/contraction';

const bare = (w: string): string => withoutContraction(w.toLowerCase());
/** "ANALYST'S VIEWPOINT": every word upper case with three or more letters. */
const isShouted = (w: string): boolean => /^[A-Z][A-Z’'-]{2,}$/.test(w);

type Kind = 'person' | 'organization' | 'unnamed';

// Not remembered: over the corpora 96% of the questions are new to their article, and a few splits and
// tests cost less than storing every answer.
export function namesSomeone(name: string, type: Kind): boolean {
  // "A Dec" is judged on "Dec": an article names nothing.
  const words = name
    .split(/\s+/)
    .filter(Boolean)
    .filter((w, i) => i > 0 || !DESCRIPTION_DETERMINERS.has(w.toLowerCase()));
  const first = words[0];
  if (!first) return false;
  // ("WHO" in capitals is the World Health Organization, not "who"; "HE" in a shouted line is still "he")
  const acronym = type === 'organization' && KNOWN_ACRONYMS.has(first);
  if (
    /[’'](ve|ll|d|re|m)$/i.test(first) ||
    (words.length === 1 && NON_NAME_CAPS.has(bare(first)) && !acronym)
  )
    return false;
  if (words.every((w) => /\d/.test(w) || CALENDAR_WORDS.has(bare(w)) || LABEL_WORDS.has(bare(w))))
    return false;
  if (words.length === 1 && BARE_HONORIFICS.has(first.toLowerCase())) return false;
  if (type === 'person' && words.some((w) => /\d/.test(w))) return false;
  return !(words.length > 1 && words.every(isShouted));
}
