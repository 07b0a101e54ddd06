// How a statement's speaker stands for the reader, decided once for the card, the panel, the highlights
// and the exports: a resolved identity (keyed by the core's entity id, never by the name string), a
// probable one, an unresolved mention ("she": never shown as a name), or no speaker at all.
import type { Speaker, Statement } from '../core/types';

/** Below this speaker confidence the UI says "probably". The core (coreference/resolve-speakers.ts) gives
 * 0.95 to a full name at the cue, 0.85 to a surname, 0.75 to a role description ("the mayor"), 0.7 to a
 * pronoun, and four fifths of that to a quote that only continues an earlier one: 0.75 flags pronouns and
 * continued surnames, where most wrong names come from, and leaves names and role descriptions plain. */
export const LOW_SPEAKER_CONFIDENCE = 0.75;

export type SpeakerStanding = 'resolved' | 'probable' | 'unresolved' | 'none';

export function speakerStanding(speaker: Speaker | null): SpeakerStanding {
  if (!speaker) return 'none';
  if (speaker.type === 'unknown') return 'unresolved';
  return speaker.confidence < LOW_SPEAKER_CONFIDENCE ? 'probable' : 'resolved';
}

/** People named together ("Nikki Haley and Ron DeSantis"): the core names such a group by joining its
 * members with "and" (EntityTable.group), which no one person's name does; the UI calls them "people". */
export function isGroupOfPeople(speaker: Pick<Speaker, 'type' | 'name'> | null): boolean {
  return speaker?.type === 'person' && /\s(?:and|&)\s/.test(speaker.name);
}

/** The entity a speaker's statements are grouped, coloured and stepped through by; null for no speaker.
 * An unresolved speaker keeps its own id: two "she"s are not known to be one person. */
export function identityOf(speaker: Speaker | null): string | null {
  return speaker ? speaker.id : null;
}

const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The aliases worth showing beside the name: not the name again, and not the name with a title in front
 * ("NATO Secretary General Jens Stoltenberg"), which the role line already says; one per spelling. */
export function shownAliases(speaker: Speaker | null): string[] {
  if (!speaker || speaker.type === 'unknown') return [];
  const name = fold(speaker.name);
  const seen = new Set<string>([name]);
  const shown: string[] = [];
  for (const alias of speaker.aliases) {
    const key = fold(alias);
    if (!key || seen.has(key) || (name.length > 0 && key.endsWith(` ${name}`))) continue;
    seen.add(key);
    shown.push(alias.replace(/\s+/g, ' ').trim());
  }
  return shown;
}

/** What the article wrote where it named an unresolved or probable speaker ("she"), if anything. */
export function mentionText(speaker: Speaker | null): string | null {
  const text = speaker?.mention?.text.replace(/\s+/g, ' ').trim();
  if (text) return text;
  // An unknown speaker's name is its mention as written (see core/types.ts).
  return speaker?.type === 'unknown' ? speaker.name.replace(/\s+/g, ' ').trim() || null : null;
}

/** Whether a statement only continues an earlier one's speaker ("…," Minga said. "…"): it has no cue of its
 * own, and the core then keeps the earlier statement's mention (or none), which is not what the article
 * says at this passage. `others` needs to hold at least that speaker's other statements. */
export function continuesEarlier(statement: Statement, others: readonly Statement[]): boolean {
  const mention = statement.speaker?.mention;
  if (!statement.speaker || statement.cue) return false;
  if (!mention) return true;
  return others.some(
    (other) =>
      other !== statement &&
      other.start < statement.start &&
      other.speaker?.mention?.start === mention.start &&
      other.speaker.mention.end === mention.end,
  );
}

/** Why "probably": the passage only continues an earlier quote; the article names the speaker here by
 * something other than the name ("He"); or neither, the engine is just less sure. */
export type ProbableReason = 'continued' | 'mention' | 'unsure';

export function probableReason(speaker: Speaker, continued: boolean): ProbableReason {
  if (continued) return 'continued';
  const mention = mentionText(speaker);
  return mention && fold(mention) !== fold(speaker.name) ? 'mention' : 'unsure';
}
