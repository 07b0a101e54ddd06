// "… when the government is grappling with what it says is a deficit": an "it" no organisation the
// article names stands for is the organisation its own sentence describes before it ("the government");
// "Astronomers using the telescope have detected water, a finding they say …": a "they" nobody named
// stands for the people its sentence opens on.
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { IT_DESCRIPTION_HEADS } from '../lexicon/org-role-nouns';
import { singularOf } from '../text/singular-of';
import { UNNAMED_SOURCE_NOUNS } from '../lexicon/unnamed-source-nouns';

/** How far back (characters) within the sentence the description may stand. */
const LOOK_BACK = 160;
const WORD = /[\p{L}’'.-]+/gu;
/** Most words between "the" (or an owner) and the head ("Ontario's Progressive Conservative government"). */
const MAX_MODIFIERS = 3;

/** How far back (characters) the opening of a "they"'s sentence may stand. */
const THEY_LOOK_BACK = 320;

/** The part of `at`'s sentence before it, within `reach` characters; null when its start is further. */
function sentenceBefore(text: string, at: number, reach: number): string | null {
  const from = Math.max(0, at - reach);
  const before = text.slice(from, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return start < 0 && from > 0 ? null : before.slice(start + 1);
}

/** The description an "it" or "they" no named one fits stands for ("the government", "Astronomers"). */
export const describedPronoun = (text: string, at: number, pron: string): string | null =>
  pron === 'thing' ? describedIt(text, at) : pron === 'plural' ? describedThey(text, at) : null;

/** Most words before the plural head that opens the sentence ("Some senior officials"). */
const MAX_OPENING_WORDS = 3;

/** The plural source noun phrase opening `at`'s sentence ("Astronomers", "Some local officials"), or null. */
function describedThey(text: string, at: number): string | null {
  const sentence = sentenceBefore(text, at, THEY_LOOK_BACK) ?? '';
  const words = sentence
    .trim()
    .split(/\s+/)
    .slice(0, MAX_OPENING_WORDS + 1);
  for (let k = 0; k < words.length; k++) {
    const w = (words[k] ?? '').toLowerCase();
    if (/s$/.test(w) && (UNNAMED_SOURCE_NOUNS.has(w) || PERSON_ROLE_NOUNS.has(singularOf(w))))
      return words.slice(0, k + 1).join(' ');
    if (k > 0 && /^\p{Lu}/u.test(words[k] ?? '')) return null; // ("Some Democrats …": a name)
    if (!/^\p{L}+$/u.test(w)) return null;
  }
  return null;
}

/** The description ("the government", "Ontario's Progressive Conservative government") before offset `at`
 * in its sentence, or null: the last head that can be an "it", with "the" or an owner's possessive at most
 * MAX_MODIFIERS words before it. */
function describedIt(text: string, at: number): string | null {
  const sentence = sentenceBefore(text, at, LOOK_BACK) ?? text.slice(Math.max(0, at - LOOK_BACK), at);
  const words = [...sentence.matchAll(WORD)];
  for (let k = words.length - 1; k > 0; k--) {
    const head = words[k]?.[0] ?? '';
    if (!IT_DESCRIPTION_HEADS.has(head)) continue;
    for (let m = k - 1; m >= Math.max(0, k - 1 - MAX_MODIFIERS); m--) {
      const w = words[m]?.[0] ?? '';
      if (/^[Tt]he$/.test(w) || /^\p{Lu}.*['’]s$/u.test(w))
        return sentence.slice(words[m]?.index ?? 0, (words[k]?.index ?? 0) + head.length);
    }
  }
  return null;
}
