// What shows a name of more words to be a person's even with no first name, gender or role the text gives:
// an honorific before it ("Dr. Soo-jin Kim") or another first name before its last word ("Georgios
// Angelopoulos and Panagiotis Angelopoulos"). Else "Refugee Action said …. The organisation said" may make
// it an organisation's (described-org.ts).
import { ABBREVIATED_HONORIFICS } from '../lexicon/coreference-words';
import { alternation } from '../text/alternation';
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';

const WORDS = alternation(ABBREVIATED_HONORIFICS);
/** An honorific right before a mention, or opening it ("Dr. Soo-jin Kim"). */
const HONORIFIC_BEFORE = new RegExp(String.raw`\b(?:${WORDS})\.?\s+$`, 'iu');
const HONORIFIC_OPENING = new RegExp(String.raw`^(?:${WORDS})\.?\s`, 'iu');
/** How far before a surname the word before it is read. */
const WORD_REACH = 30;
/** How far before a mention an honorific is looked for. */
const HONORIFIC_REACH = 6;

/** Whether the text shows the speaker `e`, typed a person for want of other evidence, to be one. */
export function showsPerson(text: string, seen: readonly SeenMention[], e: EntityRecord): boolean {
  const words = e.name.split(' ');
  const titled = seen.some(
    (o) =>
      o.entity === e &&
      (HONORIFIC_BEFORE.test(text.slice(Math.max(0, o.start - HONORIFIC_REACH), o.start)) ||
        HONORIFIC_OPENING.test(text.slice(o.start, o.start + HONORIFIC_REACH))),
  );
  return titled || otherFirstName(text, words.at(-1) ?? '', words.at(-2) ?? '');
}

/** Another capitalised word than `before` stands before `last` somewhere in the text. */
function otherFirstName(text: string, last: string, before: string): boolean {
  for (let at = text.indexOf(` ${last}`); at >= 0; at = text.indexOf(` ${last}`, at + 1)) {
    if (/\p{L}/u.test(text.charAt(at + last.length + 1))) continue; // (a longer word: " Kimberly" for "Kim")
    const word = /(\p{Lu}[\p{L}’'-]*)$/u.exec(text.slice(Math.max(0, at - WORD_REACH), at))?.[1];
    if (word !== undefined && word !== before) return true;
  }
  return false;
}
