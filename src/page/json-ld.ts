// Reads schema.org JSON-LD blocks. Pages nest their objects in arrays and `@graph`; a malformed block
// is skipped, never thrown.

export type JsonLdNode = Readonly<Record<string, unknown>>;

/** Guards against pathological pages: objects visited per document. */
const MAX_NODES = 500;

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, out: JsonLdNode[]): void {
  if (out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out);
  } else if (isObject(value)) {
    out.push(value);
    if ('@graph' in value) flatten(value['@graph'], out);
  }
}

/** Every top-level JSON-LD object on the page, @graph members included. */
export function readJsonLd(doc: Document): readonly JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      flatten(JSON.parse(script.textContent ?? ''), out);
    } catch {
      // A broken block on a live page is common; the others still count.
    }
  }
  return out;
}

/** The node's @type values ("NewsArticle", or ["Article", "NewsArticle"]). */
export function typesOf(node: JsonLdNode): readonly string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** A name from a string, a {name} object, or the first of an array of either. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || null;
  return null;
}
