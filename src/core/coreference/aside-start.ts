// "Schumer, he said, knows …": a name right before the comma of an aside pronoun is who the words are
// about, not who says them, so it is out of the pronoun's reach. So is whoever asked the question a sentence
// opens on ("Asked by a reporter whether she would resign, she said …": the one asked answers).
import { QUESTION_PARTICIPLES } from '../lexicon/adjunct-words';
import { openerStart } from './opener-start';

/** A capitalised run (a name, a dot only in an initial: "said Doug Ruiz. Baker," is two sentences) and the
 * comma of the aside after it. */
const ASIDE_NAME = /\p{Lu}(?:\.|[\p{L}’'-]*)(?:\s+\p{Lu}(?:\.|[\p{L}’'-]*)){0,3},\s*$/u;
/** The longest such name looked at, in characters. */
const ASIDE_REACH = 60;

/** Where the name before an aside pronoun at `at` starts, or where a question's asker opening the pronoun's
 * sentence does; `at` itself for any other pronoun. */
export function asideStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - ASIDE_REACH), at);
  const m = ASIDE_NAME.exec(before);
  // "As for Trump, he said …" names the topic, who then speaks
  if (m && !/\bfor\s+$/i.test(before.slice(0, m.index))) return at - m[0].length;
  return askerStart(text, at) ?? at;
}

/** The start of the pronoun's sentence when it opens on "Asked by …", "Pressed by …", or null. */
function askerStart(text: string, at: number): number | null {
  const start = openerStart(text, { start: at, end: at });
  if (start === at) return null;
  const [first, by] = text.slice(start, start + 30).split(/\s+/, 2);
  return by === 'by' && QUESTION_PARTICIPLES.has(first?.toLowerCase() ?? '') ? start : null;
}
