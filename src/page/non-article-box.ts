// Boxes inside an article's container that are not its prose (render-rules.ts leaves them out): navigation,
// related links and share bars named by their class, link lists, lists of other stories and tickers,
// teasers, captions. Judged by tag, attributes and text lengths, without layout.
import { namesNonArticleBox } from './names-non-article-box';
import { isNotProse } from './not-prose';
import { outsideKept, type KeptRegion } from './outside-kept';
import { findRootMarks, type RootMarks } from './root-marks';

/** Inside the container but not the article's prose: navigation, boxes, credits lines. */
const NON_ARTICLE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'form', 'figcaption']);

const NON_ARTICLE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'search', 'form', 'button',
]); // prettier-ignore

/** A list or box whose text is mostly link text is navigation ("Read more: …" lists), not prose. */
const LINK_DENSITY_LIMIT = 0.6;
/** Boxes checked for link density; they need at least two links. */
const LINK_BOX_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl']);
/**
 * A paragraph or heading that is nothing but a link is a teaser for another story ("RELATED: …"),
 * even with a single link; prose with a linked phrase stays well under this share.
 */
const TEASER_LINK_SHARE = 0.8;
const TEASER_TAGS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup', 'li']);
const HEADLINES = 'h2, h3, h4, h5, h6';

/**
 * Class names are a guess: a wrapper named "story-body social-enabled" holds the whole article. A box
 * matched by name alone is left out only while it holds less than this share of the root's text.
 */
const NAMED_BOX_MAX_SHARE = 0.4;
/** Only boxes are judged by name: sites put odd classes on their paragraphs ("body-paragraph paywall"). */
const NAMED_BOX_TAGS: ReadonlySet<string> = new Set([
  'div',
  'section',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'span',
]);

function textLength(node: Node): number {
  return (node.textContent ?? '').replace(/\s+/g, '').length;
}

/** `read`, remembered per key for one walk: nested boxes re-read the same links' text, and pages repeat
 * their class and id words. */
function remembered<K, V>(read: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    if (seen.has(key)) return seen.get(key) as V;
    const value = read(key);
    seen.set(key, value);
    return value;
  };
}

/** Text lengths read once per walk. */
type Lengths = (node: Node) => number;

/** Whether class and id words name a box that is not prose. */
type NamesBox = (words: string) => boolean;

/** What one walk knows of its root: the kept region, text lengths read so far, the marked elements. */
export interface Known {
  readonly region: KeptRegion;
  readonly lengths: Lengths;
  readonly marks: RootMarks;
  readonly namesBox: NamesBox;
  /** Whether the element holds less than NAMED_BOX_MAX_SHARE of the root's text. */
  readonly isSmall: (element: Element) => boolean;
}

/** Boxes judged by name, links and share of the root's text. `attributed`: element.hasAttributes(). */
export function isNonArticleBox(
  element: Element,
  tag: string,
  attributed: boolean,
  { region, lengths, marks, namesBox, isSmall }: Known,
): boolean {
  if (NON_ARTICLE_TAGS.has(tag)) return true;
  if (marks.roled.has(element)) {
    const role = element.getAttribute('role');
    if (role !== null && NON_ARTICLE_ROLES.has(role)) return true;
  }
  if (attributed && NAMED_BOX_TAGS.has(tag)) {
    const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (words.length > 1 && namesBox(words) && !region.holdsKept(element)) {
      return isSmall(element);
    }
  }
  if (LINK_BOX_TAGS.has(tag)) {
    const links = element.getElementsByTagName('a');
    if (isLinkDense(element, links, 2, LINK_DENSITY_LIMIT, lengths)) return true;
    if (isStoryList(element, links.length, lengths, marks)) return isSmall(element);
    return false;
  }
  // Most paragraphs hold no link: one query says so before the links are gathered.
  const teaser =
    TEASER_TAGS.has(tag) &&
    element.querySelector('a') !== null &&
    isLinkDense(element, element.getElementsByTagName('a'), 1, TEASER_LINK_SHARE, lengths);
  return teaser || isNotProse(element, tag);
}

function isLinkDense(
  element: Element,
  links: HTMLCollectionOf<Element>,
  minLinks: number,
  limit: number,
  lengths: Lengths,
): boolean {
  if (links.length < minLinks) return false;
  const total = lengths(element);
  if (total === 0) return false;
  let linked = 0;
  for (const link of Array.from(links)) linked += lengths(link);
  return linked / total > limit;
}

/**
 * A box of other stories: briefs each led by a linked headline ("More business news"), or a ticker of
 * timestamped entries. An article's own subheads are not links and its paragraphs do not start with a
 * time; a live blog's entries do, but they are most of its root (the caller's share check).
 */
function isStoryList(element: Element, linkCount: number, lengths: Lengths, marks: RootMarks): boolean {
  // Two linked headlines hold at least two links.
  let linkedHeadlines = 0;
  const headings = linkCount >= 2 ? Array.from(element.querySelectorAll(HEADLINES)) : [];
  for (const heading of headings) {
    const links = heading.getElementsByTagName('a');
    if (isLinkDense(heading, links, 1, TEASER_LINK_SHARE, lengths) && ++linkedHeadlines >= 2) return true;
  }
  return marks.timedChildren(element) >= 2;
}

/** What a walk of `root` knows as it judges boxes; `kept` as in createRenderRules. */
export function knowRoot(root: Element, kept: ReadonlySet<Element> | undefined): Known {
  const lengths = remembered(textLength);
  const isSmall = (element: Element): boolean => lengths(element) < NAMED_BOX_MAX_SHARE * lengths(root);
  return {
    region: outsideKept(root, kept),
    lengths,
    marks: findRootMarks(root),
    namesBox: remembered(namesNonArticleBox),
    isSmall,
  };
}
