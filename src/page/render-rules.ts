// Which parts of an article container count as rendered article text. Works without layout
// (linkedom, jsdom: tag and attribute checks) and uses computed styles where the page is laid out.
import { isCardHost } from './card-element';
import { isNotProse } from './not-prose';
import { outsideKept, type KeptRegion } from './outside-kept';

/** Never rendered as text, or not prose (form controls, media, vector art). */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img',
  'select', 'textarea', 'input', 'button', 'option', 'datalist', 'dialog',
]); // prettier-ignore

/** Inside the container but not the article's prose: navigation, boxes, credits lines. */
const NON_ARTICLE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'form', 'figcaption']);

const NON_ARTICLE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'search', 'form', 'button',
]); // prettier-ignore

/**
 * Class or id words of boxes that sit inside article bodies on real sites: related links, share bars,
 * comments, newsletter sign-ups, ads, tags. Matched against whole class tokens split on - and _, so
 * "article-body" or "content" never match while "related-stories" or "c-share-bar" do.
 */
const NON_ARTICLE_WORDS =
  /(?:^|[-_\s])(?:related|recirc|recirculation|more-?stories|read-?more|readmore|also|share|sharing|social|sharebar|comments?|disqus|newsletter|signup|subscribe|subscription|promo|promotion|advert|advertisement|ads?|adslot|sponsored|outbrain|taboola|sidebar|breadcrumbs?|tags|taglist|toolbar|byline|author-?bio|modal|popup|cookie|consent|caption|credit|embed(?:ded)?|interactive|tweet|instagram|video-?player|gallery|most-?read|trending|popular|topics|briefs?|ticker|marquee|teasers?|more-?news|latest-?news|headlines|discussion|replies|responses|community)(?:$|[-_\s\d])/i;

/** Elements that start a new line when rendered (display: block and friends). */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
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

type NodeVerdict = 'skip' | 'block' | 'inline';

export interface RenderRules {
  /** Whether an element inside the root is left out with its subtree, starts a block, or flows inline. */
  classify(element: Element): NodeVerdict;
  /** Whether the element preserves whitespace (pre). */
  preservesWhitespace(element: Element): boolean;
}

function isHiddenByAttributes(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

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

function isNonArticleBox(
  element: Element,
  tag: string,
  rootLength: () => number,
  region: KeptRegion,
): boolean {
  if (NON_ARTICLE_TAGS.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role !== null && NON_ARTICLE_ROLES.has(role)) return true;
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (
    NAMED_BOX_TAGS.has(tag) &&
    words.length > 1 &&
    NON_ARTICLE_WORDS.test(words) &&
    !region.holdsKept(element)
  ) {
    return textLength(element) < NAMED_BOX_MAX_SHARE * rootLength();
  }
  if (LINK_BOX_TAGS.has(tag)) {
    if (isLinkDense(element, 2, LINK_DENSITY_LIMIT)) return true;
    if (isStoryList(element)) return textLength(element) < NAMED_BOX_MAX_SHARE * rootLength();
    return false;
  }
  return (TEASER_TAGS.has(tag) && isLinkDense(element, 1, TEASER_LINK_SHARE)) || isNotProse(element, tag);
}

function isLinkDense(element: Element, minLinks: number, limit: number): boolean {
  const links = element.getElementsByTagName('a');
  if (links.length < minLinks) return false;
  const total = textLength(element);
  if (total === 0) return false;
  let linked = 0;
  for (const link of Array.from(links)) linked += textLength(link);
  return linked / total > limit;
}

/**
 * A box of other stories: briefs each led by a linked headline ("More business news"), or a ticker of
 * timestamped entries. An article's own subheads are not links and its paragraphs do not start with a
 * time; a live blog's entries do, but they are most of its root (the caller's share check).
 */
function isStoryList(element: Element): boolean {
  let linkedHeadlines = 0;
  for (const heading of Array.from(element.querySelectorAll(HEADLINES))) {
    if (isLinkDense(heading, 1, TEASER_LINK_SHARE) && ++linkedHeadlines >= 2) return true;
  }
  let timed = 0;
  for (const child of Array.from(element.children)) {
    if (child.firstElementChild?.localName === 'time' && ++timed >= 2) return true;
  }
  return false;
}

/** True where the document is laid out (a real browser tab), false in linkedom and jsdom. */
function hasLayout(root: Element): boolean {
  const view = root.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const box = root as Partial<HTMLElement>;
  return typeof box.offsetHeight === 'number' && box.offsetHeight > 0;
}

/**
 * The rules for one root; `useLayout` defaults to whether the page is laid out; `kept`, where known, is
 * the elements holding the article's text (see outsideKept).
 */
export function createRenderRules(
  root: Element,
  useLayout = hasLayout(root),
  kept?: ReadonlySet<Element>,
): RenderRules {
  const view = useLayout ? root.ownerDocument.defaultView : null;
  const region = outsideKept(root, kept);
  let rootTextLength = -1;
  const rootLength = (): number =>
    rootTextLength >= 0 ? rootTextLength : (rootTextLength = textLength(root));
  return {
    classify(element) {
      const tag = element.localName;
      // isCardHost: our own UI, should a re-scan ever meet it.
      if (SKIPPED_TAGS.has(tag) || isCardHost(element) || isHiddenByAttributes(element)) return 'skip';
      if (element !== root && isNonArticleBox(element, tag, rootLength, region)) return 'skip';
      // Computed style is the slow part of a pass: article prose hidden by a stylesheet carries a class,
      // id or style attribute (or is a custom element), so bare <p>, <a>, <em> are judged by tag alone.
      if (view && (element.attributes.length > 0 || tag.includes('-'))) {
        const style = view.getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
          return 'skip';
        if (!style.display.startsWith('inline') && style.display !== 'contents')
          return region.outside(element) ? 'skip' : 'block';
      }
      if (!BLOCK_TAGS.has(tag)) return 'inline';
      return region.outside(element) ? 'skip' : 'block';
    },
    preservesWhitespace(element) {
      return element.localName === 'pre';
    },
  };
}
