// Text inside the article's container that reads like a sentence but is furniture: a media element's
// caption set in small print right after it (a video's headline, a photo's description), and a line of
// addresses ("More sports: https://… and https://…"). Judged by shape, never by a site's words, and
// without layout, so linkedom, jsdom and a tab agree.

/** Media a caption follows; an empty box is a player or slot that scripts fill. */
const MEDIA_TAGS: ReadonlySet<string> = new Set([
  'img',
  'image',
  'picture',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'figure',
]);

/** Small print: how pages set a caption that is not a <figcaption>. Prose runs in <span>/<em>, not these. */
const CAPTION_TAGS: ReadonlySet<string> = new Set(['sup', 'small']);

/** Blocks that hold a line of text and so may be a line of addresses. */
const LINE_TAGS: ReadonlySet<string> = new Set(['p', 'li', 'dd']);

/** Written-out web addresses: the text a link would carry. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;
/**
 * Above this share of its characters in addresses a line is a list of links, like a paragraph that is
 * all link text (render-rules' teaser check); a sentence citing one source's address stays well under.
 */
const ADDRESS_SHARE = 0.5;

function isBlank(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === 3) return (node as Text).data.trim() === '';
  return node.nodeType === 1 && (node as Element).localName === 'br';
}

/** The element's neighbour in `direction`, past whitespace and line breaks. */
function neighbour(element: Element, direction: 'previousSibling' | 'nextSibling'): Node | null {
  let node = element[direction];
  while (node && isBlank(node)) node = node[direction];
  return node;
}

function isMediaOrEmptyBox(node: Node | null): boolean {
  if (!node || node.nodeType !== 1) return false;
  const element = node as Element;
  if (MEDIA_TAGS.has(element.localName)) return true;
  return (element.textContent ?? '').trim() === '' && element.localName !== 'br';
}

/** Small print that starts the line right after a media element or an empty player box and ends it. */
function isEmbedCaption(element: Element, tag: string): boolean {
  if (!CAPTION_TAGS.has(tag) || !isMediaOrEmptyBox(neighbour(element, 'previousSibling'))) return false;
  const next = neighbour(element, 'nextSibling');
  return next === null || next.nodeType === 1;
}

function isAddressLine(element: Element, tag: string): boolean {
  if (!LINE_TAGS.has(tag)) return false;
  const text = element.textContent ?? '';
  if (!text.includes('://') && !text.includes('www.')) return false;
  const total = text.replace(/\s+/g, '').length;
  let addresses = 0;
  for (const match of text.matchAll(ADDRESS)) addresses += match[0].length;
  return total > 0 && addresses / total > ADDRESS_SHARE;
}

/** Whether an element inside the article's container is a caption or a line of addresses, not prose. */
export function isNotProse(element: Element, tag: string = element.localName): boolean {
  return isEmbedCaption(element, tag) || isAddressLine(element, tag);
}
