// The card's speaker block: the heading, then what kind of speaker, other names, and how sure we are.
// An unresolved mention ("she") is never dressed as a name; a low-confidence speaker says "probably" in
// words (read by screen readers too), not only in its muted style.
import type { Speaker } from '../core/types';
import {
  isGroupOfPeople,
  mentionText,
  probableReason,
  shownAliases,
  speakerStanding,
} from '../shared/speaker-identity';
import { cardElement as el } from './card-element';
import type { CardLabels } from './card-labels';

export interface SpeakerBlock {
  /** The card's heading. */
  readonly heading: HTMLElement;
  /** Lines under the header: about (type and role, or why unresolved), aliases, confidence. */
  readonly lines: readonly HTMLElement[];
}

/** The speaker as the card's heading names them (also what the keyboard's announcements say). */
export function speakerHeading(speaker: Speaker | null, labels: CardLabels): string {
  if (!speaker) return labels.unknownSpeaker;
  if (speaker.type === 'unknown') return labels.unresolved(mentionText(speaker) ?? '…');
  return speaker.name;
}

function probableText(speaker: Speaker, continued: boolean, labels: CardLabels): string {
  switch (probableReason(speaker, continued)) {
    case 'continued':
      return labels.probableInherited(speaker.name);
    case 'mention':
      return labels.probableMention(speaker.name, mentionText(speaker) ?? '…');
    default:
      return labels.probable(speaker.name);
  }
}

/** `continued`: the statement only continues an earlier one's speaker (see continuesEarlier). */
export function speakerBlock(
  doc: Document,
  speaker: Speaker | null,
  continued: boolean,
  labels: CardLabels,
): SpeakerBlock {
  const standing = speakerStanding(speaker);
  const heading = el(doc, 'h2', speakerHeading(speaker, labels), 'speaker');
  heading.dataset.standing = standing;
  const lines: HTMLElement[] = [];
  if (speaker?.type === 'unknown') {
    lines.push(el(doc, 'p', labels.unresolvedAbout(mentionText(speaker) ?? '…'), 'about'));
  } else if (speaker) {
    const type = isGroupOfPeople(speaker) ? labels.people : labels.speakerTypes[speaker.type];
    const about = [type, speaker.role].filter(Boolean).join(' · ');
    lines.push(el(doc, 'p', about, 'about'));
  }
  const aliases = shownAliases(speaker);
  if (aliases.length > 0) lines.push(el(doc, 'p', labels.aliases(aliases.join(', ')), 'aliases'));
  if (speaker && standing === 'probable')
    lines.push(el(doc, 'p', probableText(speaker, continued, labels), 'confidence'));
  return { heading, lines };
}
