// "A drug from the biotech company Veranthe Therapeutics slowed decline by 27%, the company reported": a
// description after the content stands for the one organisation its own sentence names before it, when
// nothing was quoted or opened a sentence just before (described-org.ts asks those first).
import { itemAt } from '../text/item-at';
import { sentenceStart } from '../text/sentence-breaks';
import { namedOfKind } from './org-kind';
import type { EntityRecord } from './entity-table';
import type { SeenMention } from './pronoun-antecedent';

/** How far back (characters) the sentence's start is looked for: a long sentence is read from there. */
const SENTENCE_REACH = 600;

/** The one organisation named in the sentence before `offset` that `fits`; null for none or several. */
export function sentenceOrg(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  fits: (e: EntityRecord) => boolean,
): EntityRecord | null {
  const from = sentenceStart(text, offset - SENTENCE_REACH, offset);
  let found: EntityRecord | null = null;
  for (let i = seen.length - 1; i >= 0; i--) {
    const m = itemAt(seen, i);
    if (m.start >= offset) continue;
    if (m.start < from) break;
    if (m.entity.type !== 'organization' || !fits(m.entity)) continue;
    if (found && found !== m.entity) return null;
    found = m.entity;
  }
  return found;
}

/** "Amazon agreed to settle a lawsuit by the Federal Trade Commission, the agency announced": the latest name
 * of the description's kind in its own sentence, which outranks a subject of no kind the text shows. */
export function kindInSentence(
  text: string,
  seen: readonly SeenMention[],
  offset: number,
  head: string,
): EntityRecord | undefined {
  const from = sentenceStart(text, offset - SENTENCE_REACH, offset);
  return seen.findLast(
    (m) =>
      m.start >= from &&
      m.start < offset &&
      m.entity.type === 'organization' &&
      namedOfKind(m.entity.name, head),
  )?.entity;
}
