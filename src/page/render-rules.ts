// Which parts of an article container count as rendered article text. Works without layout
// (linkedom, jsdom: tag and attribute checks) and uses computed styles where the page is laid out.
import { isCardHost } from './card-element';
import { isNonArticleBox, knowRoot } from './non-article-box';

/** Never rendered as text, or not prose (form controls, media, vector art). */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img',
  'select', 'textarea', 'input', 'button', 'option', 'datalist', 'dialog',
]); // prettier-ignore

/** Elements that start a new line when rendered (display: block and friends). */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]); // prettier-ignore

type NodeVerdict = 'skip' | 'block' | 'inline';

export interface RenderRules {
  /**
   * Whether an element inside the root is left out with its subtree, starts a block, or flows inline.
   * `tag` is its localName, where the caller has read it already.
   */
  classify(element: Element, tag?: string): NodeVerdict;
  /** Whether the element preserves whitespace (pre). */
  preservesWhitespace(element: Element, tag?: string): boolean;
}

/** Read only for elements carrying one of these attributes (RootMarks.hiding). */
function isHiddenByAttributes(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
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
  const known = knowRoot(root, kept);
  return {
    classify(element, tag = element.localName) {
      // isCardHost: our own UI, should a re-scan ever meet it.
      if (SKIPPED_TAGS.has(tag) || isCardHost(element)) return 'skip';
      // Most of an article's elements carry no attribute at all: one call says so.
      const attributed = element.hasAttributes();
      // The root is not among its own query's results: its attributes are read.
      const mayHide = attributed && (element === root || known.marks.hiding.has(element));
      if (mayHide && isHiddenByAttributes(element)) return 'skip';
      if (element !== root && isNonArticleBox(element, tag, attributed, known)) return 'skip';
      // Computed style is the slow part of a pass: article prose hidden by a stylesheet carries a class,
      // id or style attribute (or is a custom element), so bare <p>, <a>, <em> are judged by tag alone.
      if (view && (attributed || tag.includes('-'))) {
        const style = view.getComputedStyle(element);
        const display = style.display;
        if (display === 'none') return 'skip';
        const visibility = style.visibility;
        if (visibility === 'hidden' || visibility === 'collapse') return 'skip';
        if (!display.startsWith('inline') && display !== 'contents')
          return known.region.outside(element) ? 'skip' : 'block';
      }
      if (!BLOCK_TAGS.has(tag)) return 'inline';
      return known.region.outside(element) ? 'skip' : 'block';
    },
    preservesWhitespace(element, tag = element.localName) {
      return tag === 'pre';
    },
  };
}
