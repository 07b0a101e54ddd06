// "… when the government is grappling with what it says is a deficit": an "it" no organisation the
// article names stands for is the organisation its own sentence describes before it ("the government").
import { IT_DESCRIPTION_HEADS } from '../lexicon/role-nouns';

/** How far back (characters) within the sentence the description may stand. */
const LOOK_BACK = 160;
const DESCRIPTION = /\bthe\s+(\p{Ll}+)\b/gu;

/** The description ("the government") before offset `at` in its sentence, or null. */
export function describedIt(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - LOOK_BACK), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  let found: string | null = null;
  for (const m of sentence.matchAll(DESCRIPTION)) if (IT_DESCRIPTION_HEADS.has(m[1] ?? '')) found = m[0];
  return found;
}
