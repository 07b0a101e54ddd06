// One element of the card: text only ever goes in as textContent, and `part` names it for the card's
// stylesheet and for tests.
export function cardElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  part?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (part) node.setAttribute('part', part);
  return node;
}

/** Every card host this script made, held by reference: nothing on the page can add to it. */
const hosts = new WeakSet<Element>();

/**
 * The card's host element. Its name ends in random letters, different for each card: a page that
 * defines a custom element named like ours before we create it would run its own constructor on our
 * card (reading it, or throwing in our path); a name nobody can know in advance cannot be pre-empted.
 */
export function createCardHost(doc: Document, kind: 'card' | 'nav' = 'card'): HTMLElement {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  const suffix = Array.from(random, (n) => n.toString(36)).join('');
  const host = doc.createElement(`sourcelight-${kind}-${suffix}`);
  hosts.add(host);
  return host;
}

/** Whether `node` is a card or skip-link host this script created (not merely an element named like one). */
export function isCardHost(node: Node | null): boolean {
  return node !== null && hosts.has(node as Element);
}
