// Later mentions of someone by surname alone ("Hadwin finished 36th …"): a capitalised word that is the
// surname of a person the article names in full, outside the full-name mentions themselves. They keep
// the person salient for a following "he said".
import type { Sentence } from '../sentences/split-sentences';
import type { PersonMention } from './find-people';
import { isSentenceSubject } from './sentence-subject';
import { withoutPossessive } from '../text/possessive';
import { itemAt } from '../text/item-at';
import { NearbyWords } from '../text/nearby-words';
import type { Token } from '../text/tokenize';
import { ARTICLES } from '../lexicon/function-words';

/** `people` in text order; returns them merged with the surname-only mentions, in text order. Only full
 * names lend their surname by default: a word used alone as a speaker may be an organisation ("TransLink
 * said"); `also` adds such words where that does no harm. */
export function withSurnameMentions(
  sentences: readonly Sentence[],
  people: readonly PersonMention[],
  also: NearbyWords = new NearbyWords(),
): PersonMention[] {
  const surnames = new NearbyWords();
  for (const p of people) if (p.full) surnames.add(p.surname.toLowerCase(), p.start);
  // ("a Verizon customer": a word only seen alone, modifying a noun after an article, names a thing)
  const modifies = (toks: readonly Token[], i: number): boolean =>
    ARTICLES.has(toks[i - 1]?.lower ?? '') && /^\p{Ll}/u.test(toks[i + 1]?.text ?? '');
  const lends = (word: string, at: number, toks: readonly Token[], i: number): boolean =>
    surnames.has(word, at) || (also.has(word, at) && !modifies(toks, i));
  const out: PersonMention[] = [];
  let k = 0;
  sentences.forEach((s, sentence) => {
    s.tokens.forEach((t, index) => {
      while (k < people.length && itemAt(people, k).end <= t.start) out.push(itemAt(people, k++));
      const inside = k < people.length && itemAt(people, k).start <= t.start;
      if (inside || !t.word || !t.cap || !lends(withoutPossessive(t.lower), t.start, s.tokens, index)) return;
      const name = withoutPossessive(t.text);
      out.push({
        start: t.start,
        end: t.end,
        name,
        surname: name,
        gender: null,
        full: false,
        role: null,
        description: null,
        affiliation: null,
        sentence,
        roleWords: [],
        subject: isSentenceSubject(s.tokens, index, index),
      });
    });
  });
  while (k < people.length) out.push(itemAt(people, k++));
  return out;
}
