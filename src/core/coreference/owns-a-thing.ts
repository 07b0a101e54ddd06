// "one shy of Wayne Gretzky's record. … “…,” he said": a person named as the possessive of a thing is
// what that thing is about, not someone introduced for the next "he"; the possessive of something said
// ("James Comey’s statement. He called …") still is.
import { REPORT_NOUNS, TOPIC_NOUNS } from '../lexicon/report-nouns';
import type { PersonMention } from './find-people';

/** A possessive's mark, ending the name's span or right after it ("Gretzky's", "Comey’s", "Jones'"). */
const POSSESSIVE_END = /['’]s?$/u;
const POSSESSIVE_NEXT = /^['’]s?\s+(\p{L}+)/u;

/** The mention is a possessive of something other than what was said ("Gretzky's record", not "James
 * Comey’s statement"). */
export function ownsAThing(text: string, pm: PersonMention): boolean {
  const after = text.slice(pm.end, pm.end + 32);
  const owned = POSSESSIVE_END.test(text.slice(pm.start, pm.end))
    ? /^\s*(\p{L}+)/u.exec(after)?.[1]
    : POSSESSIVE_NEXT.exec(after)?.[1];
  const said = owned?.toLowerCase() ?? '';
  return owned !== undefined && !REPORT_NOUNS.has(said) && !TOPIC_NOUNS.has(said);
}
