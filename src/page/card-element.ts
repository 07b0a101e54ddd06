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
