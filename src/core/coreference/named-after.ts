// "She revealed that life within the royal family was so isolating … ⏎ “…,” Meghan said": a story (or
// the part of it a page shows) may open on "she" before it names her. A "he" or "she" that nobody before
// it can stand for is the first person of that gender who speaks after it, close by.
import type { EntityRecord } from './entity-table';
import { CONFIDENCE, type ResolvedSpeaker } from './resolve-phrase';
import { itemAt } from '../text/item-at';
import { SPEAKER_PRONOUNS } from '../lexicon/pronouns';
import type { SpeakerPhrase } from '../statements/draft';

/** How far ahead (characters) the name may come. */
const FORWARD_WINDOW = 1500;

export interface OrderedSpeaker {
  /** Where the statement's speaker phrase (or the statement) starts. */
  readonly at: number;
  /** 'm' or 'f' for a "he" or "she" phrase. */
  readonly pronoun: 'm' | 'f' | null;
  readonly speaker: ResolvedSpeaker | null;
}

/** `ordered` in text order; `entities` by key. Returns the speakers with the opening pronouns named. */
export function namedAfter(
  ordered: readonly OrderedSpeaker[],
  entities: readonly EntityRecord[],
): (ResolvedSpeaker | null)[] {
  const out = ordered.map((o) => o.speaker);
  const first = ordered.findIndex((o) => o.speaker?.entity != null);
  if (first <= 0) return out;
  const e = itemAt(entities, itemAt(ordered, first).speaker?.entity ?? 0);
  if (e.type !== 'person' || e.plural || e.gender === null) return out;
  for (let i = 0; i < first; i++) {
    const o = itemAt(ordered, i);
    const s = o.speaker;
    if (!s || o.pronoun !== e.gender || itemAt(ordered, first).at - o.at > FORWARD_WINDOW) continue;
    out[i] = { ...s, name: e.name, type: e.type, role: e.role, confidence: CONFIDENCE.orphan, entity: e.key };
  }
  return out;
}

/** 'm' for a "he" phrase, 'f' for "she"; null for any other. */
export function genderedPronoun(text: string, p: SpeakerPhrase | null): 'm' | 'f' | null {
  if (p?.kind !== 'pronoun') return null;
  const word = text.slice(p.start, p.end).toLowerCase();
  const c = Object.hasOwn(SPEAKER_PRONOUNS, word) ? SPEAKER_PRONOUNS[word] : undefined;
  return c === 'm' || c === 'f' ? c : null;
}
