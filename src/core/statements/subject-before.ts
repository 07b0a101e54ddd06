// "Durning did not need much coaxing. “I’m thankful for the invitation …”": a quote with no cue right after
// a sentence about someone named at its start is theirs, not the previous speaker's (the writer turned to
// them). The name opens that sentence and a lowercase verb follows it.
import type { Sentence } from '../sentences/split-sentences';
import { classifyPhrase } from '../speakers/classify-speaker';
import { isNameWord } from '../speakers/name-words';
import type { SpeakerPhrase } from './draft';
import { itemAt } from '../text/item-at';

/** Longest name opening such a sentence, in tokens. */
const MAX_NAME = 3;

/** The name opening sentence `i - 1` of the same paragraph when it starts after `after`, else null. */
export function subjectBefore(
  sentences: readonly Sentence[],
  i: number,
  after: number,
): SpeakerPhrase | null {
  const s = sentences[i - 1];
  if (!s || s.paragraph !== itemAt(sentences, i).paragraph || s.start < after || s.quotes.length > 0)
    return null;
  const toks = s.tokens;
  let k = 0;
  while (k < toks.length && k < MAX_NAME && isNameWord(itemAt(toks, k))) k++;
  const verb = toks[k];
  if (k === 0 || !verb?.word || verb.cap) return null;
  const name = toks.slice(0, k).map((t) => t.text);
  // a person, not a place ("Toronto retiree …") or a plural ("Hours later, …", "Other Netizens enjoyed")
  if (classifyPhrase(name.join(' '), 'proper').type !== 'person') return null;
  if (/[^aeiou’']s$/.test(itemAt(name, k - 1))) return null;
  return { start: itemAt(toks, 0).start, end: itemAt(toks, k - 1).end, kind: 'proper' };
}
