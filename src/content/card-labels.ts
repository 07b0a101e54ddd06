// The card's strings from the extension's locale files, falling back to English for any key missing.
// A page's first i18n read loads the extension's whole catalogue (a synchronous call to the browser in
// Chrome: 1–6 ms on the bench's pages, more under load), so nothing here is read before it is shown: the
// card's strings when a card opens, the keyboard link's once the highlights are painted (session-view.ts).
import browser from 'webextension-polyfill';
import { DEFAULT_CARD_LABELS, type CardLabels } from '../page/card';
import { DEFAULT_SKIP_LINK_LABELS, type SkipLinkLabels } from '../page/skip-link';

function message(key: string, fallback: string, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || fallback;
  } catch {
    return fallback;
  }
}

/** The card's strings, read from the locale files on first use. */
export function lazyCardLabels(): CardLabels {
  let read: CardLabels | null = null;
  return new Proxy({} as CardLabels, {
    get: (_, key) => (read ??= cardLabels())[key as keyof CardLabels],
  });
}

function cardLabels(): CardLabels {
  const d = DEFAULT_CARD_LABELS;
  return {
    dialog: message('cardDialog', d.dialog),
    close: message('cardClose', d.close),
    previous: message('cardPrevious', d.previous),
    next: message('cardNext', d.next),
    unknownSpeaker: message('speakerUnattributed', d.unknownSpeaker),
    speakerTypes: {
      person: message('speakerTypePerson', d.speakerTypes.person),
      organization: message('speakerTypeOrganization', d.speakerTypes.organization),
      unnamed: message('speakerTypeUnnamed', d.speakerTypes.unnamed),
      unknown: message('speakerTypeUnknown', d.speakerTypes.unknown),
    },
    people: message('speakerTypePeople', d.people),
    kinds: {
      direct: message('kindDirect', d.kinds.direct),
      indirect: message('kindIndirect', d.kinds.indirect),
      mixed: message('kindMixed', d.kinds.mixed),
    },
    outlet: (outlet) => message('statementOutlet', d.outlet(outlet), [outlet]),
    publisher: (publisher) => message('cardPublisher', d.publisher(publisher), [publisher]),
    showOnly: (name) => message('cardShowOnly', d.showOnly(name), [name]),
    position: (index, count) =>
      message('cardPosition', d.position(index, count), [String(index), String(count)]),
    aliases: (aliases) => message('speakerAliases', d.aliases(aliases), [aliases]),
    unresolved: (mention) => message('speakerUnresolved', d.unresolved(mention), [mention]),
    unresolvedAbout: (mention) => message('cardUnresolvedAbout', d.unresolvedAbout(mention), [mention]),
    probableMention: (name, mention) =>
      message('cardProbableMention', d.probableMention(name, mention), [name, mention]),
    probableInherited: (name) => message('cardProbableInherited', d.probableInherited(name), [name]),
    probable: (name) => message('cardProbable', d.probable(name), [name]),
  };
}

export function skipLinkLabels(): SkipLinkLabels {
  const d = DEFAULT_SKIP_LINK_LABELS;
  return {
    link: (count) => message('skipLink', d.link(count), [String(count)]),
    announce: (index, count, speaker) =>
      message('announceStatement', d.announce(index, count, speaker), [
        String(index),
        String(count),
        speaker,
      ]),
  };
}
