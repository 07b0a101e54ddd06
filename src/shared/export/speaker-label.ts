// How the exports write a speaker for people to read: the name, "probably" in front of a speaker the
// engine is unsure of, and an unresolved mention as what it is ("Unresolved speaker (“she”)"), never as
// a name. Machine-readable fields (speaker_type, speaker_id, confidences) say the same in data.
import type { Speaker } from '../../core/types';
import { mentionText, speakerStanding } from '../speaker-identity';

export interface LabelOptions {
  /** Prefix "probably " to a low-confidence speaker (where no confidence column says it). */
  readonly markProbable?: boolean;
}

/** null when there is no speaker at all. */
export function speakerLabel(speaker: Speaker | null, options: LabelOptions = {}): string | null {
  switch (speakerStanding(speaker)) {
    case 'none':
      return null;
    case 'unresolved':
      return `Unresolved speaker (“${mentionText(speaker) ?? '…'}”)`;
    case 'probable':
      return options.markProbable ? `probably ${speaker?.name}` : (speaker?.name ?? null);
    default:
      return speaker?.name ?? null;
  }
}

/** Two decimals, the precision the confidences carry. */
export const formatConfidence = (value: number): string => value.toFixed(2);
