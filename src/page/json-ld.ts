// Reads schema.org JSON-LD blocks. Pages nest their objects in arrays and `@graph`; a malformed,
// oversized or absurdly deep block is skipped or cut short, never thrown: the rest of the page still counts.

export type JsonLdNode = Readonly<Record<string, unknown>>;

/** Guards against pathological pages: objects kept per document, and per block (so one huge block
 * cannot crowd out the article's own). */
const MAX_NODES = 500;
const MAX_NODES_PER_BLOCK = 100;
/** Real pages nest @graph in an array at most two or three deep; deeper is a hostile page. */
const MAX_DEPTH = 8;
/** A block larger than this is not metadata (and JSON.parse of it would block the page). */
const MAX_BLOCK_CHARS = 1_000_000;
/** Blocks read per page; real pages have a handful. */
const MAX_BLOCKS = 50;
/** Names joined from an author list: a byline, not a phone book. */
const MAX_NAMES = 20;

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Breadth-first with an explicit queue: no recursion a deep block could overflow. */
function flatten(root: unknown, out: JsonLdNode[]): void {
  const limit = Math.min(MAX_NODES, out.length + MAX_NODES_PER_BLOCK);
  let level: unknown[] = [root];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (out.length >= limit) return;
      if (Array.isArray(value)) next.push(...value.slice(0, MAX_NODES_PER_BLOCK));
      else if (isObject(value)) {
        out.push(value);
        if ('@graph' in value) next.push(value['@graph']);
      }
    }
    level = next;
  }
}

/** Every top-level JSON-LD object on the page, @graph members included. */
export function readJsonLd(doc: Document): readonly JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  for (const script of scripts.slice(0, MAX_BLOCKS)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_BLOCK_CHARS) continue;
    try {
      flatten(JSON.parse(source), out);
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
  return Array.isArray(type)
    ? type.filter((t): t is string => typeof t === 'string').slice(0, MAX_NAMES)
    : [];
}

function singleName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || null;
  return null;
}

/**
 * A name from a string, a {name} object, or the names in an array of either (one level of nesting
 * allowed: some pages wrap the list once more). Deeper arrays are ignored, not walked.
 */
export function nameOf(value: unknown): string | null {
  if (!Array.isArray(value)) return singleName(value);
  const items = value.flatMap((item: unknown) => (Array.isArray(item) ? item : [item]));
  const names = items
    .slice(0, MAX_NAMES * 2)
    .map(singleName)
    .filter((n): n is string => n !== null);
  return names.length > 0 ? names.slice(0, MAX_NAMES).join(', ') : null;
}
