// The subject of the sentence a mention is in, which "he" or "his" stands for over a newcomer the sentence
// names later (split from pronoun-antecedent.ts; description-owner.ts asks it too).
import type { PronounClass, SeenMention } from './pronoun-antecedent';
import { fits } from './pronoun-fits';
import { itemAt } from '../text/item-at';

/** "Mr. Putin likes surprises, as he did by freeing the oil tycoon Mikhail Khodorkovsky. This year, he …": a
 * person newly introduced outside the subject of their sentence yields to that sentence's subject, when it
 * fits the pronoun too. */
export function subjectOfSentence(
  seen: readonly SeenMention[],
  i: number,
  pron: PronounClass,
): SeenMention | null {
  const m = itemAt(seen, i);
  if (m.subject || m.sentence === undefined) return null;
  for (let k = i - 1; k >= 0 && itemAt(seen, k).sentence === m.sentence; k--) {
    const s = itemAt(seen, k);
    if (s.subject && !s.quoted && fits(s.entity, pron)) return s;
  }
  return null;
}
