// "The fund had been on course to run out of money. Its executive director, Linda Markowitz, said …": a
// sentence that opens on a definite description of an organisation tells whose the next sentence's "its"
// is, even where no name was resolved for it; an organisation named further back is not it.
import { ORG_ROLE_NOUNS } from '../lexicon/org-role-nouns';
import { NAMED_ORG_HEADS } from '../lexicon/org-kinds';
import { PERSON_ROLE_NOUNS } from '../lexicon/role-nouns';
import { isAgentNoun } from '../text/agent-noun';
import { sentenceStart } from '../text/sentence-breaks';
import type { Span } from '../types';

/** How far back (characters) the sentence before is read. */
const SENTENCE_REACH = 600;
/** Most lowercase words before the head ("The regional tourism authority"). */
const MAX_MODIFIERS = 2;
/** "the" opening a sentence (maybe after a quote mark) and the words after it. */
const OPENING = /^["“]?the\s+/iu;

const orgHead = (w: string): boolean => ORG_ROLE_NOUNS.has(w) || NAMED_ORG_HEADS.has(w);

/** For a sentence opening on "Its" at `at`: the sentence before it in the same paragraph, else null. */
export function sentenceBeforeIts(text: string, at: number): Span | null {
  const own = sentenceStart(text, at - SENTENCE_REACH, at);
  // (only for a sentence opening on "Its": "…, but its president, Diane Kowalczyk" has its owner before it)
  if (!/^["“]?Its\s/u.test(text.slice(own, own + 5))) return null;
  let end = own;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  if (end <= 0 || own - end > 2 || text.slice(end, own).includes('\n')) return null;
  // (read back from before its stop and closing quote: "… as “irresponsible.” Its board member")
  const stop = end - (/["”’]/.test(text.charAt(end - 1)) ? 2 : 1);
  return { start: sentenceStart(text, own - SENTENCE_REACH, stop), end };
}

/** For a sentence opening on "Its" at `at`: the sentence before it in the same paragraph, from the
 * description of an organisation it opens on ("The regulator hit back." before "Its chief executive, …");
 * null when it opens on none, or the description goes on to a name or a person ("The charity Inquest", "The
 * fund manager said"). */
export function openingDescription(text: string, at: number): Span | null {
  const before = sentenceBeforeIts(text, at);
  if (!before) return null;
  const { start, end } = before;
  const m = OPENING.exec(text.slice(start, end));
  if (!m) return null;
  const words = text.slice(start + m[0].length, Math.min(end, start + 120)).split(/\s+/);
  for (let n = 0; n <= MAX_MODIFIERS && n + 1 < words.length; n++) {
    const head = (words[n] ?? '').replace(/,$/, ''); // ("The council, which …, said")
    const next = words[n + 1] ?? '';
    if (!/^\p{Ll}+$/u.test(head)) return null;
    if (!orgHead(head)) continue;
    const person = PERSON_ROLE_NOUNS.has(next) || isAgentNoun(next) || /^\p{Lu}/u.test(next);
    if (person) return null;
    const from = start + (/^["“]/.test(m[0]) ? 1 : 0);
    return { start: from, end };
  }
  return null;
}
