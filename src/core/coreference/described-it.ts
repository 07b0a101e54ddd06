// "… when the government is grappling with what it says is a deficit": an "it" no organisation the
// article names stands for is the organisation its own sentence describes before it ("the government").
import { IT_DESCRIPTION_HEADS } from '../lexicon/role-nouns';

/** How far back (characters) within the sentence the description may stand. */
const LOOK_BACK = 160;
const DESCRIPTION = /\bthe\s+(\p{Ll}+)\b/gu;

/** The description ("the government") before offset `at` in its sentence, or null. */
export function describedIt(text: string, at: number): { start: number; end: number } | null {
  const from = Math.max(0, at - LOOK_BACK);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  let found: { start: number; end: number } | null = null;
  for (const m of before.slice(stop + 1).matchAll(DESCRIPTION))
    if (IT_DESCRIPTION_HEADS.has(m[1] ?? '')) {
      const start = from + stop + 1 + m.index;
      found = { start, end: start + m[0].length };
    }
  return found;
}
