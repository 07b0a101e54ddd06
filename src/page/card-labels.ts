// The card's words, passed in by the content script (from the locale files); English defaults for tests
// and for any key a locale lacks. Every substitution is page text and goes in as text.
import type { SpeakerType, Statement } from '../core/types';

export interface CardLabels {
  readonly dialog: string;
  readonly close: string;
  readonly previous: string;
  readonly next: string;
  /** The heading when nothing names a speaker. */
  readonly unknownSpeaker: string;
  readonly speakerTypes: Readonly<Record<SpeakerType, string>>;
  /** In place of the type for people named together ("Nikki Haley and Ron DeSantis"). */
  readonly people: string;
  readonly kinds: Readonly<Record<Statement['kind'], string>>;
  /** "Came through: Reuters" */
  readonly outlet: (outlet: string) => string;
  /** "Published by: The Example Times" */
  readonly publisher: (publisher: string) => string;
  /** "Show only Stoltenberg": the other speakers' highlights dim. */
  readonly showOnly: (name: string) => string;
  /** "2 of 5 by this speaker" */
  readonly position: (index: number, count: number) => string;
  /** "Also called: the duchess, Meghan" */
  readonly aliases: (aliases: string) => string;
  /** The heading for a mention nothing resolved: "Unresolved speaker (“she”)". */
  readonly unresolved: (mention: string) => string;
  /** Under that heading, why. */
  readonly unresolvedAbout: (mention: string) => string;
  /** A low-confidence speaker named here by a mention that is not their name ("He"). */
  readonly probableMention: (name: string, mention: string) => string;
  /** A low-confidence speaker with no mention here: the statement continues an earlier one. */
  readonly probableInherited: (name: string) => string;
  /** Any other low-confidence speaker. */
  readonly probable: (name: string) => string;
}

export const DEFAULT_CARD_LABELS: CardLabels = {
  dialog: 'Statement source',
  close: 'Close',
  previous: 'Previous',
  next: 'Next',
  unknownSpeaker: 'No source given',
  speakerTypes: {
    person: 'Person',
    organization: 'Organization',
    unnamed: 'Unnamed source',
    unknown: 'Not identified',
  },
  people: 'People',
  kinds: { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Partly quoted' },
  outlet: (outlet) => `Came through: ${outlet}`,
  publisher: (publisher) => `Published by: ${publisher}`,
  showOnly: (name) => `Show only ${name}`,
  position: (index, count) => `${index} of ${count} by this speaker`,
  aliases: (aliases) => `Also called: ${aliases}`,
  unresolved: (mention) => `Speaker not identified (“${mention}”)`,
  unresolvedAbout: (mention) => `Sourcelight could not match “${mention}” to anyone named in the article.`,
  probableMention: (name, mention) => `Probably ${name}: here the article says only “${mention}”.`,
  probableInherited: (name) =>
    `Probably ${name}: no one is named here; it seems to continue the quote before.`,
  probable: (name) => `Probably ${name}: Sourcelight is less sure of this speaker.`,
};
