// The open card, found the way an outside harness finds it: the one element whose name starts with
// `sourcelight-card-` (the rest of the name is random per card; see src/page/card-element.ts).
export function findCard(doc: Document): Element | null {
  return (
    Array.from(doc.documentElement.children).find((el) => el.localName.startsWith('sourcelight-card-')) ??
    null
  );
}
