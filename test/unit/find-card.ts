// The open card and its closed shadow root, found by reference the way the content script's `describeUi`
// finds them (the host is a plain element; see src/page/card-element.ts).
import { ownHosts, shadowOf } from '../../src/page/card-element';

export function findCard(doc: Document): Element | null {
  return ownHosts(doc, 'card')[0] ?? null;
}

/** The card's closed shadow root (null without a card). */
export function cardShadow(doc: Document): ShadowRoot | null {
  return shadowOf(findCard(doc));
}
