// Where someone's words were read, not who said them: "“…,” Zhang said, according to Xinhua", "…, she told
// employees, according to a recording reviewed by this newspaper" (split from according-to.ts).
import { BROADCASTER_NOUNS } from '../lexicon/after-cue-words';
import { RECORD_NOUNS } from '../lexicon/document-nouns';
import { outletPrefix } from '../outlets/find-outlet';

/** Most words of a medium named by its kind, its article counted ("the official IRNA news agency"). */
const MAX_MEDIUM_WORDS = 5;
/** Where a record's noun may stand in the source ("a leaked audio", "an internal video"). */
const MAX_RECORD_AT = 3;
/** A participle and "by" saying who saw or released the record ("seen by", "obtained by"). */
const ACCESSED = /\s\p{Ll}+(?:ed|en)\s+by\s/u;

/** A news outlet by name ("Xinhua") or by its kind ("state media", "local television", "the state news
 * agency"), or a record of the words someone saw ("a copy seen by Reuters"). */
export function carrier(source: string): boolean {
  const words = source.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? '';
  const medium = BROADCASTER_NOUNS.has(last) || (last === 'agency' && words.at(-2) === 'news');
  // (one the reporter saw, "a copy seen by Reuters", "a recording reviewed by this newspaper"; "a transcript
  // of the show" is a source PolNeAR's annotators name as such)
  const record = words.slice(0, MAX_RECORD_AT).some((w) => RECORD_NOUNS.has(w)) && ACCESSED.test(source);
  return !!outletPrefix(source) || (medium && words.length <= MAX_MEDIUM_WORDS) || record;
}
