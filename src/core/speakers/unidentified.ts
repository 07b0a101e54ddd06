// What a phrase that names no one is: a document or work ("court records", "local news reports") is an
// unnamed source, anything else is not identified; and a phrase written in capitals ("INDONESIA SEARCH AND
// RESCUE AGENCY SAYS …" in a live blog) read as a name is written.
import type { Classified } from './classify-speaker';
import { AUTHORED_NOUNS, DOCUMENT_NOUNS } from '../lexicon/document-nouns';
import { ORG_NAME_JOINS } from '../lexicon/organizations';

/** Shortest word written in capitals that is read as a word, not an acronym ("AGENCY", not "NBC"). */
const MIN_WORD_LETTERS = 4;

const isWork = (w: string): boolean => DOCUMENT_NOUNS.has(w) || AUTHORED_NOUNS.has(w);

/** `phrase` as an unnamed source when a work heads it, else not identified. */
export function unidentified(phrase: string): Classified {
  const head = phrase.trim().toLowerCase().split(/\s+/).at(-1) ?? '';
  const work = isWork(head) || (head.endsWith('s') && isWork(head.slice(0, -1)));
  return { type: work ? 'unnamed' : 'unknown', name: phrase.trim(), role: null };
}

/** "INDONESIA SEARCH AND RESCUE AGENCY" → "Indonesia Search and Rescue Agency"; acronyms and any phrase
 * with a lowercase letter stay as they are. */
export function asWritten(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || /\p{Ll}/u.test(phrase)) return phrase;
  return words
    .map((w) => {
      const lower = w.toLowerCase();
      if (ORG_NAME_JOINS.has(lower)) return lower;
      return w.length >= MIN_WORD_LETTERS ? w.charAt(0) + lower.slice(1) : w;
    })
    .join(' ');
}
