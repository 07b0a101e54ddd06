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

export type HostKind = 'card' | 'nav';

interface Held {
  readonly kind: HostKind;
  readonly shadow: ShadowRoot;
}

/** Every host this script made, with its closed shadow root, held by reference: nothing on the page can add to it. */
const held = new WeakMap<Element, Held>();

/**
 * A host for Sourcelight's UI on the page (the card, the keyboard's way in): a plain <div> with a closed
 * shadow root. No custom-element name, so a page can neither define it first nor upgrade it later (its
 * constructor would run on our element); closed, so the page's scripts get `shadowRoot === null` and can
 * neither read the card nor reach its buttons. Only this script holds the root, by reference.
 */
export function createCardHost(
  doc: Document,
  kind: HostKind = 'card',
  init: { readonly delegatesFocus?: boolean } = {},
): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed', delegatesFocus: init.delegatesFocus ?? false });
  held.set(host, { kind, shadow });
  return { host, shadow };
}

/** Whether `node` is a card or skip-link host this script created (not merely an element like one). */
export function isCardHost(node: Node | null): boolean {
  return node !== null && held.has(node as Element);
}

/** The closed shadow root of a host this script made (null for any other element). */
export function shadowOf(node: Node | null): ShadowRoot | null {
  return (node && held.get(node as Element)?.shadow) ?? null;
}

/** This script's hosts of `kind` on the page now (children of <html>). */
export function ownHosts(doc: Document, kind: HostKind): HTMLElement[] {
  return [...doc.documentElement.children].filter((el): el is HTMLElement => held.get(el)?.kind === kind);
}
