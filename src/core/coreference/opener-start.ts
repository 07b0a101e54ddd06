// "Pressed on the injury to Wesley Fofana, the Italian said …": someone named in a clause that opens the
// sentence before its subject is what the speaker was asked about, not who the description names.
import type { Span } from '../types';
import { PHRASE_TAIL_PREPOSITIONS } from '../lexicon/statement-words';
import { alternation } from '../text/alternation';

/** How far back (characters) the opening clause is looked for. */
const OPENER_REACH = 300;
/** A phrase closed by a comma, past its prepositional tail: an apposition ("the leader of Reform UK, who"). */
const APPOSED = new RegExp(
  String.raw`^(?:\s+(?:${alternation(PHRASE_TAIL_PREPOSITIONS)})\s[^,.;:"“”]{0,100})?\s*,`,
  'u',
);
/** A sentence's end, or a paragraph's, before the opening clause. */
const SENTENCE_END = /(?:[.!?]["”’]?\s+|\n)(?=\S)/gu;

/** Where the sentence opens when the phrase is its subject after an opening clause and its comma ("…, the
 * Italian said"), not an apposition to a name before it ("Lord Winston, the fertility expert, who said");
 * the phrase's start otherwise. */
export function openerStart(text: string, phrase: Span): number {
  const at = phrase.start;
  const from = Math.max(0, at - OPENER_REACH);
  const before = text.slice(from, at);
  if (!/,\s*(?:the\s+)?$/iu.test(before) || APPOSED.test(text.slice(phrase.end, phrase.end + OPENER_REACH)))
    return at;
  let start = -1;
  for (const m of before.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return start < 0 ? (from === 0 ? 0 : at) : from + start;
}
