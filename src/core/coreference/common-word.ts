// "Never urged Ukraine …", "Crypto is a new area …", "Originally called Pinewood Forest, …": a capitalised
// word that opens a sentence and that the article also writes in lower case is a common word there, not
// a name. Surnames that are words too ("Young said") are kept when the article names the person in full.
import type { WordCount } from '../text/words-used';
import type { OrgMention } from './find-organizations';

/** Sentence ends, line starts, a dateline's dash ("PARIS (Reuters) - …") and opening quotes or labels
 * ("Kigali: …") before a sentence's first word;
 * not a quote closed on a comma ("“…,” Challenger says" goes on the sentence). */
const OPENS_BEFORE = /(?:^|[\n.!?:;|“‘(—–]|\s--?|(?<!,)[”"]|\d\.)\s*$/;
/** How far back the opening is looked for. */
const LOOK_BACK = 4;

/** Whether the word at `start` opens a sentence, a line or a label. */
export const opensSentenceAt = (text: string, start: number): boolean =>
  OPENS_BEFORE.test(text.slice(Math.max(0, start - LOOK_BACK), start));

export function isCommonWordOpening(text: string, start: number, word: string, count: WordCount): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return opensSentenceAt(text, start) && count(word.toLowerCase(), start) > 0;
}

/** "Air quality will improve, the agency said", with "air" in lower case elsewhere: a one-word company
 * found only by the words around it is a common word opening the sentence. */
export const commonWordCompany = (text: string, o: OrgMention, wordCount: WordCount): boolean =>
  o.cued === true && !o.name.includes(' ') && isCommonWordOpening(text, o.start, o.name, wordCount);
