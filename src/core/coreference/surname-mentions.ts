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
  return surnameMentionReader(sentences, people)(also);
}

/** withSurnameMentions of these people for any `also`: the words that may be mentions are found in one
 * pass over the article, however many times it is asked. */
export function surnameMentionReader(
  sentences: readonly Sentence[],
  people: readonly PersonMention[],
): (also?: NearbyWords) => PersonMention[] {
  const surnames = new NearbyWords();
  for (const p of people) if (p.full) surnames.add(p.surname.toLowerCase(), p.start);
  // Each capitalised word outside the people's mentions as three numbers (no object per word): its
  // sentence, its index there, and how many people end before it.
  const candidates: number[] = [];
  let k = 0;
  sentences.forEach((s, sentence) => {
    s.tokens.forEach((t, index) => {
      while (k < people.length && itemAt(people, k).end <= t.start) k++;
      const inside = k < people.length && itemAt(people, k).start <= t.start;
      if (!inside && t.word && t.cap) candidates.push(sentence, index, k);
    });
  });
  // ("a Verizon customer": a word only seen alone, modifying a noun after an article, names a thing)
  const modifies = (toks: readonly Token[], i: number): boolean =>
    ARTICLES.has(toks[i - 1]?.lower ?? '') && /^\p{Ll}/u.test(toks[i + 1]?.text ?? '');
  return (also = new NearbyWords()) => {
    const out: PersonMention[] = [];
    let next = 0;
    for (let c = 0; c < candidates.length; c += 3) {
      const sentence = itemAt(candidates, c);
      const index = itemAt(candidates, c + 1);
      const toks = itemAt(sentences, sentence).tokens;
      const t = itemAt(toks, index);
      const word = withoutPossessive(t.lower);
      if (!surnames.has(word, t.start) && !(also.has(word, t.start) && !modifies(toks, index))) continue;
      while (next < itemAt(candidates, c + 2)) out.push(itemAt(people, next++));
      out.push(surnameMention(toks, index, sentence));
    }
    while (next < people.length) out.push(itemAt(people, next++));
    return out;
  };
}

/** Token `index` as a mention of someone by surname alone. */
function surnameMention(toks: readonly Token[], index: number, sentence: number): PersonMention {
  const t = itemAt(toks, index);
  const name = withoutPossessive(t.text);
  return {
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
    subject: isSentenceSubject(toks, index, index),
  };
}
